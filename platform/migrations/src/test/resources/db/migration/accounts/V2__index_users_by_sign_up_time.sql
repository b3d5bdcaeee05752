-- Newest sign-ups first (admin lists, "joined this week" counts) without scanning every user.
create index users_created_at_idx on users (created_at desc, id desc);
