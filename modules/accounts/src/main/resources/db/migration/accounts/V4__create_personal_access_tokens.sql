-- Personal access tokens: only an HMAC of the secret is kept (token_hash); the secret is shown once.
create table personal_access_tokens (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    hint         varchar(20)  not null,
    scopes       varchar(200) not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    constraint personal_access_tokens_hash_key unique (token_hash),
    constraint personal_access_tokens_name_present check (btrim(name) <> ''),
    constraint personal_access_tokens_scopes_present check (btrim(scopes) <> '')
);

create index personal_access_tokens_by_user on personal_access_tokens (user_id, id);
