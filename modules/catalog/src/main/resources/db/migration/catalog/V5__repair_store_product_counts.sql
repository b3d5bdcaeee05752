-- Two removals of one product at once each decremented its store's product count (fixed in ProductManagement.remove:
-- the product's row is locked and the count moves only when a row was deleted). This sets every count that drifted
-- back to the number of products the store really has. Catalog's migration, not storefront's: only catalog knows its
-- products, and it runs after storefront.
update storefront.stores s
set product_count = (select count(*) from products p where p.store_id = s.id)
where product_count <> (select count(*) from products p where p.store_id = s.id);
