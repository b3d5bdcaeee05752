-- Every token names the session version it was issued under; raising the version ends every session at once
-- (log-out, password change). See accounts Sessions.
alter table users add column session_version integer not null default 0;
