alter table tags drop constraint tags_name_text;
alter table tags drop constraint tags_name_normalised;
alter table tags add constraint tags_name_normalised check (name = lower(btrim(name)) and name <> '') not valid;
alter table products drop constraint products_description_text;
alter table products drop constraint products_name_text;
