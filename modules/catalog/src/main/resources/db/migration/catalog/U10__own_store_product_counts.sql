-- Storefront's column comes back with every store's number of products; catalog's tables are derived from
-- catalog.products (storefront's U5 brings back its table of changes, empty).
alter table storefront.stores
    add column product_count integer not null default 0,
    add constraint stores_product_count_positive check (product_count >= 0);
update storefront.stores s set product_count = c.count
from (select store_id, count(*) as count from products group by store_id) c
where s.id = c.store_id;
drop table product_count_changes;
drop table store_product_counts;
