-- One channel for what catalog lists: V11's catalog_lists already tells every instance, when a write commits, the
-- store of every product added, changed or removed ('s' and its id) and '*' for a seller's change, which is all the
-- kept store pages need; V12's catalog_stores told them the same writes again. They listen to catalog_lists now.
drop trigger sellers_listed on sellers;
drop trigger products_listed on products;
drop function store_listing_changed();
