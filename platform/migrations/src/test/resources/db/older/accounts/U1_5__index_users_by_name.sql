drop index users_name_idx;
