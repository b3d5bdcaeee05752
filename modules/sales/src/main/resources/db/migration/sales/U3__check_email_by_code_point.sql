alter table orders drop constraint orders_email_text;
alter table orders drop constraint orders_email_normalised;
alter table orders add constraint orders_email_normalised
    check (buyer_email = lower(btrim(buyer_email)) and buyer_email like '%_@_%') not valid;
