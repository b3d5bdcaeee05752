drop table rate_limit_buckets;
