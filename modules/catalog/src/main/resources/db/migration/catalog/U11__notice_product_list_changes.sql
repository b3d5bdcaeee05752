drop trigger seller_lists_changed on sellers;
drop function seller_lists_changed();
drop trigger product_lists_changed on products;
drop function product_lists_changed();
