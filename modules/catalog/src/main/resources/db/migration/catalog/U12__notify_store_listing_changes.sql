drop trigger sellers_listed on sellers;
drop trigger products_listed on products;
drop function store_listing_changed();
