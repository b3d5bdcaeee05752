-- The kernel's text rules (com.yumroad.kernel.text) for the buyer's email, without the server's locale or Unicode
-- tables: Java lower-cases with its own tables and the database only checks that no ASCII capital is left (lower()
-- of another Unicode version refused what Java produced: a 500), and no control character. NOT VALID: enforced for
-- rows written from now on.
alter table orders drop constraint orders_email_normalised;
alter table orders
    add constraint orders_email_normalised check (buyer_email = btrim(buyer_email)
        and buyer_email = translate(buyer_email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
        and buyer_email like '%_@_%') not valid,
    add constraint orders_email_text check (buyer_email !~ '[\x01-\x1f\x7f-\x9f]') not valid;
