package com.yumroad.activity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ActivityRepository extends GenericRepository<ActivityRow, Long> {

    @Query("""
            insert into activity.feeds (store_id, closed) values (:storeId, true)
            on conflict (store_id) do update set closed = true""")
    void close(long storeId);

    /**
     * One page, newest first, after a keyset position (a publication id); each entry says whether its product has
     * been removed since (the feed holds the removal), so that the dashboard links only to products that exist.
     */
    @Query("""
            select a.*, (a.product_id is not null and exists (
                       select 1 from activity.store_activity r
                       where r.store_id = a.store_id and r.kind = 'product_removed' and r.product_id = a.product_id))
                   as product_removed
            from activity.store_activity a
            where a.store_id = :storeId and (cast(:afterPublicationId as bigint) is null or a.publication_id < :afterPublicationId)
            order by a.publication_id desc
            limit :limit""")
    List<ActivityRow> page(long storeId, @Nullable Long afterPublicationId, int limit);

    @Query("delete from activity.store_activity where store_id = :storeId")
    void deleteAllOfStore(long storeId);
}
