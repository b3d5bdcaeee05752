-- A product's content: its cover image (re-encoded variants in the object store, named from cover_key) and its
-- files, in the seller's order. The objects live in the store (platform/storage); a row is written only after its
-- object is complete, and objects that no row names are swept (catalog content.OrphanSweep).
alter table products
    add column cover_key text constraint products_cover_key_unique unique,
    add column cover_alt text constraint products_cover_alt_check check (length(cover_alt) <= 300);

create table product_files (
    id           bigint generated always as identity primary key,
    product_id   bigint      not null constraint product_files_product_fk references products (id) on delete cascade,
    storage_key  text        not null constraint product_files_storage_key_unique unique,
    name         text        not null constraint product_files_name_check check (length(name) between 1 and 255),
    size_bytes   bigint      not null constraint product_files_size_check check (size_bytes >= 0),
    content_type text        not null,
    position     integer     not null,
    created_at   timestamptz not null default now()
);

create index product_files_of_product_idx on product_files (product_id, position);
