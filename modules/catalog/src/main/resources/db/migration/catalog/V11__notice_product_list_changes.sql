-- Each instance remembers the pages of a store's and of a creator's products it has answered (catalog's
-- ProductLists); every product added, changed or removed tells every instance to forget the pages of its store
-- ('s' and the store's id) and of its creator ('c' and the user's id) when it commits, and a renamed or gone seller
-- forgets them all ('*'). PostgreSQL sends a payload once per transaction however many rows repeat it.
create function product_lists_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform pg_notify('catalog_lists', 's' || old.store_id);
        perform pg_notify('catalog_lists', 'c' || old.creator_id);
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('catalog_lists', 's' || new.store_id);
        perform pg_notify('catalog_lists', 'c' || new.creator_id);
    end if;
    return null;
end $$;
create trigger product_lists_changed after insert or update or delete on products
    for each row execute function product_lists_changed();

create function seller_lists_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('catalog_lists', '*');
    return null;
end $$;
create trigger seller_lists_changed after update or delete on sellers
    for each row execute function seller_lists_changed();
