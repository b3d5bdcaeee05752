ALTER TABLE catalog.products DROP COLUMN pay_what_you_want;
