-- Newest products first across the marketplace (a "just listed" feed) without scanning every product.
create index products_created_at_idx on products (created_at desc, id desc);
