-- A product published or removed adds a change here instead of updating its store's row: that update's row lock made
-- every publication in one store wait for the one before it to commit. ProductCountFolding folds the changes into
-- stores.product_count every second; a store's count is its product_count plus its changes not yet folded.
create table product_count_changes (
    store_id bigint  not null,
    delta    integer not null,
    constraint product_count_changes_store_fk foreign key (store_id) references stores (id) on delete cascade
);
create index product_count_changes_store_idx on product_count_changes (store_id);
comment on table product_count_changes is 'derived: changes to stores.product_count not yet folded in; undoing folds them in first';
