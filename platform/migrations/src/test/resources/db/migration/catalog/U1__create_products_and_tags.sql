drop table product_tags;
drop table tags;
drop table products;
