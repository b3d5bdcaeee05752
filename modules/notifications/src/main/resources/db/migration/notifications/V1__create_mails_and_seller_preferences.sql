-- What was sent, to whom, for which event: one row per mail, keyed by the publication of the event it answers
-- (kernel event_publication: one per listener and event), so a redelivered event never sends twice.
-- status: sent; retrying (the server was down or answered 4xx: the publication log tries again with backoff);
-- refused (a 5xx answer: a bad address, never tried again).
create table mails (
    id             bigint generated always as identity primary key,
    publication_id bigint       not null,
    kind           varchar(40)  not null,
    event          varchar(100) not null,
    recipient      varchar(254) not null,
    subject        varchar(300) not null,
    status         varchar(20)  not null,
    attempts       integer      not null default 1,
    last_error     varchar(600),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint mails_publication_key unique (publication_id),
    constraint mails_status_known check (status in ('sent', 'retrying', 'refused'))
);

create index mails_by_recipient on mails (recipient, id desc);

-- A seller's choice about mail (absent: the defaults). Kept here, not in accounts: it is notifications' business.
create table seller_preferences (
    user_id      bigint      primary key,
    sale_notices boolean     not null,
    updated_at   timestamptz not null default now(),
    constraint seller_preferences_user_fk foreign key (user_id) references accounts.users (id) on delete cascade
);
