drop table stores;
