drop table deliveries;
drop table subscriptions;
