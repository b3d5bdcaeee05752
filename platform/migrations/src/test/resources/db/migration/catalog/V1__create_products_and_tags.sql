-- A product belongs to its creator (accounts) and to its creator's store (storefront): the composite foreign key
-- makes "a product's store is its creator's store" a fact the database keeps.
create table products (
    id          bigint generated always as identity primary key,
    creator_id  bigint       not null,
    store_id    bigint       not null,
    name        varchar(255) not null,
    description text         not null default '',
    price_cents bigint       not null,
    currency    char(3)      not null default 'USD',
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint products_creator_fk foreign key (creator_id) references accounts.users (id),
    constraint products_store_fk foreign key (store_id) references storefront.stores (id),
    constraint products_store_of_creator_fk foreign key (store_id, creator_id) references storefront.stores (id, owner_id),
    constraint products_name_length check (char_length(btrim(name)) > 3),
    constraint products_price_not_negative check (price_cents >= 0)
);
create index products_store_idx on products (store_id, id);
create index products_creator_idx on products (creator_id, id);

create table tags (
    id   bigint generated always as identity primary key,
    name varchar(50) not null,
    constraint tags_name_key unique (name),
    constraint tags_name_normalised check (name = lower(btrim(name)) and name <> '')
);

-- The many-to-many between products and tags.
create table product_tags (
    product_id bigint not null,
    tag_id     bigint not null,
    constraint product_tags_pk primary key (product_id, tag_id),
    constraint product_tags_product_fk foreign key (product_id) references products (id) on delete cascade,
    constraint product_tags_tag_fk foreign key (tag_id) references tags (id)
);
create index product_tags_tag_idx on product_tags (tag_id, product_id);
