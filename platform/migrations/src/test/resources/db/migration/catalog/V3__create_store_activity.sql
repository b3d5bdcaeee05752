-- A store's activity feed, written by after-commit listeners from the event publication log. publication_id (unique)
-- makes a second delivery of the same event a no-op, and orders the feed as the events were published.
create table store_activity (
    id             bigint generated always as identity primary key,
    store_id       bigint      not null constraint store_activity_store_fk references storefront.stores (id),
    publication_id bigint      not null constraint store_activity_publication_key unique,
    kind           text        not null constraint store_activity_kind_check check (kind in
                   ('store_opened', 'store_renamed', 'product_published', 'product_updated', 'product_removed')),
    product_id     bigint, -- no foreign key: the activity of a removed product stays
    name           text        not null,
    previous_name  text,
    occurred_at    timestamptz not null
);

create index store_activity_feed_idx on store_activity (store_id, publication_id desc);
