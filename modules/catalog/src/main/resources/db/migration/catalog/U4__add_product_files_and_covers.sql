drop table product_files;
alter table products drop column cover_alt, drop column cover_key;
