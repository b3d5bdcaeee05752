drop trigger stores_changed on stores;
drop function stores_changed();
