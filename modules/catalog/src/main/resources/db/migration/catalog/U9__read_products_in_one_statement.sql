drop view product_cards;
drop trigger sellers_changed on sellers;
drop function sellers_changed();
drop trigger products_changed on products;
drop function products_changed();
alter table products drop column tag_list;
drop table sellers;
