-- Downloads per order (every download that starts at the first byte counts; resuming a download does not), and the
-- cap a seller sets on a product. Orders and products belong to sales and catalog: a sale outlives its product,
-- so the limit has no foreign key (a removed product's limit is never read again).
create table download_counts (
    order_id  bigint  not null primary key constraint download_counts_order_fk references sales.orders (id),
    downloads integer not null constraint download_counts_downloads_check check (downloads >= 0)
);

create table download_limits (
    product_id    bigint  not null primary key,
    max_downloads integer not null constraint download_limits_max_check check (max_downloads between 1 and 1000)
);
