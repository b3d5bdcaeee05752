-- The event publication log: one row per (event, durable after-commit listener), written in the publishing
-- transaction, completed in the transaction in which the listener ran.
create table event_publication (
    id               bigint generated always as identity primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event jsonb       not null,
    published_at     timestamptz not null default now(),
    status           text        not null default 'incomplete'
                     constraint event_publication_status_check check (status in ('incomplete', 'completed', 'failed')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_attempt_at  timestamptz,
    last_error       text,
    completed_at     timestamptz
);

-- What the resubmission scan and the purge look for; completed rows, the vast majority, stay out of the first.
create index event_publication_due_idx on event_publication (next_attempt_at) where status = 'incomplete';
create index event_publication_completed_idx on event_publication (completed_at) where status = 'completed';
create index event_publication_failed_idx on event_publication (id) where status = 'failed';
