-- Full-text search over a product's name, tags and description (GET /api/v1/products?q=).
-- Tag names are copied into tag_names by the statement that writes the product (they live in product_tags), so
-- the search vector is one generated column under one GIN index, and a search costs the statements of a listing.
alter table products add column tag_names text not null default '';

update products p
set tag_names = coalesce((select string_agg(t.name, ' ' order by t.name)
                          from product_tags pt join tags t on t.id = pt.tag_id
                          where pt.product_id = p.id), '');

-- 'english': stems words ("recipes" finds "recipe") with a fixed configuration, so the column is immutable.
alter table products add column search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A')
    || setweight(to_tsvector('english', tag_names), 'A')
    || setweight(to_tsvector('english', description), 'C')) stored;

create index products_search_idx on products using gin (search);

-- Both columns are computed from other data: undoing this migration loses nothing (the migration tool reads this).
comment on column products.tag_names is 'derived: the product''s tag names (catalog.product_tags), for search';
comment on column products.search is 'derived: the search vector of name, tag_names and description';
