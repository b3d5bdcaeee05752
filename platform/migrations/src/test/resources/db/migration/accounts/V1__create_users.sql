create table users (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    name          varchar(100) not null,
    password_hash varchar(255) not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint users_email_key unique (email),
    constraint users_email_normalised check (email = lower(btrim(email)) and email <> ''),
    constraint users_name_present check (btrim(name) <> '')
);
