-- The receipt says who sold it: the store's name as it was at the checkout (the store may be renamed or closed).
alter table orders add column store_name varchar(255) not null default '';
alter table orders alter column store_name drop default;
