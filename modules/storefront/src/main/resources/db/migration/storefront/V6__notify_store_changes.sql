-- Pages that show a store are kept rendered per instance (site's kept store pages, issue 18): every change to a
-- store's row (its name, its description) and its closing tells every instance, when it commits, to forget them.
create function stores_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('storefront_stores', old.id::text);
    return null;
end $$;
create trigger stores_changed after update or delete on stores
    for each row execute function stores_changed();
