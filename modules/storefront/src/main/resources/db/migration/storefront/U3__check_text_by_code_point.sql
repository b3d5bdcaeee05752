alter table stores drop constraint stores_description_text;
alter table stores drop constraint stores_name_text;
