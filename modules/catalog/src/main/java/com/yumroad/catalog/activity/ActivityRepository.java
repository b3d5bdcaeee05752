package com.yumroad.catalog.activity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ActivityRepository extends GenericRepository<ActivityRow, Long> {

    /** Idempotent: a second delivery of the same publication adds nothing. */
    @Query("""
            insert into catalog.store_activity
                (store_id, publication_id, kind, product_id, name, previous_name, occurred_at)
            values (:storeId, :publicationId, :kind, :productId, :name, :previousName, :occurredAt)
            on conflict (publication_id) do nothing""")
    void add(long storeId, long publicationId, String kind, @Nullable Long productId, String name,
             @Nullable String previousName, Instant occurredAt);

    /** One page, newest first, after a keyset position (a publication id). */
    @Query("""
            select a.* from catalog.store_activity a
            where a.store_id = :storeId and (cast(:afterPublicationId as bigint) is null or a.publication_id < :afterPublicationId)
            order by a.publication_id desc
            limit :limit""")
    List<ActivityRow> page(long storeId, @Nullable Long afterPublicationId, int limit);

    @Query("delete from catalog.store_activity where store_id = :storeId")
    void deleteAllOfStore(long storeId);
}
