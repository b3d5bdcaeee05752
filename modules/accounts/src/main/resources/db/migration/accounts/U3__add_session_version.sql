alter table users drop column session_version;
