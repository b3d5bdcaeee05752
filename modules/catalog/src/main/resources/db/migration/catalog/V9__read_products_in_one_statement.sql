-- A product read in one statement (issue 18): what a product shows of its store and creator is kept here, by the
-- events that change it (catalog's Listens), instead of being asked of storefront and accounts on every read, and the
-- product's tags are kept on its row as a sorted list beside tag_names.
create table sellers (
    store_id     bigint primary key,
    creator_id   bigint not null,
    store_name   text   not null,
    store_slug   text   not null,
    creator_name text   not null
);
comment on table sellers is 'derived: the names of stores and of their owners (storefront, accounts), kept by their events';

alter table products add column tag_list text[] not null default '{}';
update products p
set tag_list = coalesce((select array_agg(t.name order by t.name collate "C")
                         from product_tags pt join tags t on t.id = pt.tag_id
                         where pt.product_id = p.id), '{}');
comment on column products.tag_list is 'derived: the product''s tag names (catalog.product_tags), sorted, for reads';

-- A product as every read shows it (catalog's ProductCardRow).
create view product_cards as
select p.id, p.creator_id, p.store_id, p.name, p.description, p.price_cents, p.currency, p.pay_what_you_want,
       p.cover_key, p.cover_alt, p.tag_list, p.created_at, p.updated_at,
       coalesce(s.store_name, '') as store_name, coalesce(s.store_slug, '') as store_slug,
       coalesce(s.creator_name, '') as creator_name
from products p
left join sellers s on s.store_id = p.store_id;

-- Each instance remembers products it has read (ProductCache); every change tells every instance to forget it.
create function products_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('catalog_products', old.id::text);
    return null;
end $$;
create trigger products_changed after update or delete on products
    for each row execute function products_changed();

create function sellers_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('catalog_products', '*');
    return null;
end $$;
create trigger sellers_changed after update or delete on sellers
    for each row execute function sellers_changed();
