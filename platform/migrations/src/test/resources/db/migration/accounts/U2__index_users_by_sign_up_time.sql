drop index users_created_at_idx;
