drop table download_limits;
drop table download_counts;
