drop index products_created_at_idx;
