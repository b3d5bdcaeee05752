package com.yumroad.delivery.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DownloadLimits extends CrudRepository<DownloadLimitRow, Long> {

    @Query("""
            insert into delivery.download_limits (product_id, max_downloads) values (:productId, :maxDownloads)
            on conflict (product_id) do update set max_downloads = excluded.max_downloads""")
    void put(long productId, int maxDownloads);
}
