-- Token buckets of the limits on guessable secrets (log-in, password checks, sign-up), shared by every instance.
-- Rows are Bucket4j's (PostgreSQL select-for-update proxy manager): the id names the limit and a hash of its
-- subject (never an email in clear); state is Bucket4j's serialised bucket; expires_at (epoch ms) lets a cleaner
-- drop buckets that have filled up again.
create table rate_limit_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_buckets_expires_at_idx on rate_limit_buckets (expires_at);
