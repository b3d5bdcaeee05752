drop table store_activity;
