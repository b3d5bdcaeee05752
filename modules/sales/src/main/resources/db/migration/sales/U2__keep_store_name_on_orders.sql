alter table orders drop column store_name;
