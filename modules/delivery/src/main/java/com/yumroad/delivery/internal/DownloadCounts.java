package com.yumroad.delivery.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DownloadCounts extends GenericRepository<DownloadCountRow, Long> {

    @Query("insert into delivery.download_counts (order_id, downloads) values (:orderId, 0) on conflict do nothing")
    void open(long orderId);

    /** One more download unless the cap is reached: 1 when counted, 0 when refused. One statement, so racing
     *  downloads cannot both take the last one. */
    @Query("""
            update delivery.download_counts set downloads = downloads + 1
            where order_id = :orderId and (cast(:max as integer) is null or downloads < :max)""")
    int countOne(long orderId, @Nullable Integer max);

    @Query("select downloads from delivery.download_counts where order_id = :orderId")
    Optional<Integer> used(long orderId);
}
