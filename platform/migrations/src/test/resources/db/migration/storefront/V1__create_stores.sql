-- One store per user: owner_id is unique (the one-to-one) and refers to accounts, whose rows a store must not outlive.
create table stores (
    id            bigint generated always as identity primary key,
    owner_id      bigint       not null,
    name          varchar(255) not null,
    description   text,
    slug          varchar(80)  not null,
    product_count integer      not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint stores_owner_key unique (owner_id),
    constraint stores_slug_key unique (slug),
    -- lets catalog require that a product's store is its creator's store
    constraint stores_id_owner_key unique (id, owner_id),
    constraint stores_owner_fk foreign key (owner_id) references accounts.users (id),
    constraint stores_name_length check (char_length(btrim(name)) > 3),
    constraint stores_product_count_positive check (product_count >= 0)
);
