-- A subscription's signing secret is kept encrypted (AES-GCM under a key from SECRETS_KEY): it must be read to sign.
create table subscriptions (
    id                         bigint generated always as identity primary key,
    owner_id                   bigint        not null,
    url                        varchar(2000) not null,
    events                     varchar(500)  not null,
    secret                     varchar(200)  not null,
    previous_secret            varchar(200),
    previous_secret_expires_at timestamptz,
    consecutive_failures       integer       not null default 0,
    disabled_at                timestamptz,
    created_at                 timestamptz   not null default now(),
    constraint subscriptions_owner_fk foreign key (owner_id) references accounts.users (id),
    constraint subscriptions_events_present check (btrim(events) <> '')
);

create index subscriptions_by_owner on subscriptions (owner_id, id);

-- One row per event and subscription: message_id is the webhook-id, the same on every attempt and redelivery.
create table deliveries (
    id               bigint generated always as identity primary key,
    subscription_id  bigint       not null references subscriptions (id) on delete cascade,
    message_id       varchar(60)  not null,
    event_type       varchar(100) not null,
    payload          text         not null,
    status           varchar(20)  not null default 'pending',
    attempts         integer      not null default 0,
    retry_until      timestamptz  not null,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_response    varchar(600),
    last_error       varchar(600),
    created_at       timestamptz  not null default now(),
    constraint deliveries_message_key unique (subscription_id, message_id),
    constraint deliveries_status_known check (status in ('pending', 'retrying', 'succeeded', 'failed', 'skipped'))
);

create index deliveries_by_subscription on deliveries (subscription_id, id desc);
