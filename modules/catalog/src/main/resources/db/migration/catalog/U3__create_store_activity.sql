drop table if exists store_activity; -- activity's first migration may have taken it over already
