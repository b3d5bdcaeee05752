-- V12's notices, as it made them.
create function store_listing_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform pg_notify('catalog_stores', new.store_id::text);
    else
        perform pg_notify('catalog_stores', old.store_id::text);
    end if;
    return null;
end $$;
create trigger products_listed after insert or update or delete on products
    for each row execute function store_listing_changed();
create trigger sellers_listed after update or delete on sellers
    for each row execute function store_listing_changed();
