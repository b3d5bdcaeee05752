-- As V4 made it, empty: undoing catalog V10 counts every store's products again.
create table product_count_changes (
    store_id bigint  not null,
    delta    integer not null,
    constraint product_count_changes_store_fk foreign key (store_id) references stores (id) on delete cascade
);
create index product_count_changes_store_idx on product_count_changes (store_id);
comment on table product_count_changes is 'derived: changes to stores.product_count not yet folded in; undoing folds them in first';
