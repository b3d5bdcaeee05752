-- The kernel's text rules (com.yumroad.kernel.text) for products and tags, by code point, without the server's
-- locale or Unicode tables. Tags: lower case checked on ASCII letters only (Java lower-cases with its own tables, so a
-- JDK and a PostgreSQL of different Unicode versions cannot disagree). NOT VALID: enforced for rows written from now
-- on; rows written before are not re-checked here.
alter table products
    add constraint products_name_text check (name !~
        '[\x01-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]') not valid,
    add constraint products_description_text check (char_length(description) <= 10000
        and description !~ '[\x01-\x08\x0b-\x1f\x7f-\x9f]') not valid;
alter table tags drop constraint tags_name_normalised;
alter table tags
    add constraint tags_name_normalised check (name <> '' and name = btrim(name)
        and name = translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) not valid,
    add constraint tags_name_text check (name !~
        '[\x01-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]') not valid;
