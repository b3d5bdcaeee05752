drop index stores_created_at_idx;
