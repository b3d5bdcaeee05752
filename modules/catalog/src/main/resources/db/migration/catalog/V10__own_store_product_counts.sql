-- Catalog owns its stores' product counts (issue 12): it counts its own products, in the transaction that adds or
-- removes one, instead of writing storefront's stores.product_count through storefront's API (dropped below).
-- A publication or removal appends a +1 or -1 to product_count_changes: one seller's publications at once do not wait
-- for each other on one row's lock. ProductCountFolding folds the changes into store_product_counts every second; a
-- store's count is its folded count plus its changes not yet folded. Every store has a row (catalog hears StoreOpened);
-- a closed store's rows go with its products. No foreign key into storefront: catalog removes them on StoreClosed.
create table store_product_counts (
    store_id      bigint  primary key,
    product_count integer not null default 0
);
create index store_product_counts_most_idx on store_product_counts (product_count desc, store_id desc);
comment on table store_product_counts is 'derived: each store''s number of products (catalog.products), folded';

create table product_count_changes (
    store_id bigint  not null,
    delta    integer not null
);
create index product_count_changes_store_idx on product_count_changes (store_id);
comment on table product_count_changes is 'derived: changes to store_product_counts not yet folded in';

insert into store_product_counts (store_id, product_count)
select s.id, (select count(*) from products p where p.store_id = s.id)
from storefront.stores s;

-- Storefront's column goes here rather than in a storefront migration: catalog V5 writes it, and on a new database
-- every storefront migration runs before catalog's, so only a catalog migration after V5 can drop it. Storefront V5
-- drops storefront's own table of changes.
alter table storefront.stores drop column product_count;
