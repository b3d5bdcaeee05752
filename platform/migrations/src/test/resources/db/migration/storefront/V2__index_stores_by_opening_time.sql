-- Newest stores first (a "new stores" list on the front page) without scanning every store.
create index stores_created_at_idx on stores (created_at desc, id desc);
