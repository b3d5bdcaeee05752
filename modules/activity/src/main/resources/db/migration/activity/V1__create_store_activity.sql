-- A store's activity feed, written by after-commit listeners from the event publication log. publication_id (unique)
-- makes a second delivery of the same event a no-op, and orders the feed as the events were published. No foreign
-- keys: the feed learns about stores, products and sales from their events, never from their tables.
create table store_activity (
    id             bigint generated always as identity primary key,
    store_id       bigint      not null,
    publication_id bigint      not null constraint store_activity_publication_key unique,
    kind           text        not null constraint store_activity_kind_check check (kind in
                   ('store_opened', 'store_renamed', 'product_published', 'product_updated', 'product_removed',
                    'sale_completed', 'sale_refunded')),
    product_id     bigint,
    name           text        not null,
    previous_name  text,
    occurred_at    timestamptz not null
);

create index store_activity_feed_idx on store_activity (store_id, publication_id desc);

-- One row per store that has (had) a feed: writing an entry locks it, closing the store marks it closed, so an entry
-- delivered while its store closes either goes with the feed or is dropped.
create table feeds (
    store_id bigint  primary key,
    closed   boolean not null default false
);

-- The feed lived in catalog (catalog.store_activity, with a foreign key into storefront) until this module took it
-- over: its entries come along, and the old table goes. A database created after the move has no such table.
do $$
begin
    if to_regclass('catalog.store_activity') is not null then
        insert into store_activity (store_id, publication_id, kind, product_id, name, previous_name, occurred_at)
        select store_id, publication_id, kind, product_id, name, previous_name, occurred_at
        from catalog.store_activity order by publication_id;
        insert into feeds (store_id) select distinct store_id from store_activity;
        drop table catalog.store_activity;
    end if;
end $$;
