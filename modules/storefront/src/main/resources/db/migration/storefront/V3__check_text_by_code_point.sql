-- The kernel's text rules (com.yumroad.kernel.text) for store names and descriptions, by code point, without the
-- server's locale or Unicode tables: names without control or invisible/direction characters, descriptions without
-- control characters other than tab and newline, at most 5000 code points. NOT VALID: enforced for rows written from
-- now on; rows written before are not re-checked here.
alter table stores
    add constraint stores_name_text check (name !~
        '[\x01-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]') not valid,
    add constraint stores_description_text check (description is null or (char_length(description) <= 5000
        and description !~ '[\x01-\x08\x0b-\x1f\x7f-\x9f]')) not valid;
