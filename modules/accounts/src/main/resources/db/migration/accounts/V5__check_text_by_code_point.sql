-- The kernel's text rules (com.yumroad.kernel.text) in SQL that needs neither the server's locale nor its Unicode
-- tables: lengths in code points (varchar(n), char_length), forbidden characters by code point (regular-expression
-- escapes), lower case checked on ASCII letters only (translate). Java lower-cases with its own tables; the database
-- only checks that no ASCII capital is left, so a JDK and a PostgreSQL of different Unicode versions cannot disagree.
-- NOT VALID: enforced for every row written from now on; rows written before are not re-checked here.
alter table users drop constraint users_email_normalised;
alter table users
    add constraint users_email_normalised check (email <> '' and email = btrim(email)
        and email = translate(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) not valid,
    add constraint users_email_text check (email !~ '[\x01-\x1f\x7f-\x9f]') not valid,
    add constraint users_name_text check (name !~
        '[\x01-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]') not valid;
