drop index products_search_idx;
alter table products drop column search, drop column tag_names;
