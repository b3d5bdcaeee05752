alter table users drop constraint users_name_text;
alter table users drop constraint users_email_text;
alter table users drop constraint users_email_normalised;
alter table users add constraint users_email_normalised check (email = lower(btrim(email)) and email <> '') not valid;
