-- A later accounts migration, added after storefront and catalog applied theirs (MigrationOrderingTest).
alter table users add column locale varchar(10);
