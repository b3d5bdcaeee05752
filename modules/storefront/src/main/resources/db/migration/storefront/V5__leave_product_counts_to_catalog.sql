-- Catalog owns its stores' product counts (catalog V10), so storefront no longer keeps their changes. Catalog V10
-- also drops stores.product_count: catalog V5 writes that column, and on a new database it runs after this.
drop table product_count_changes;
