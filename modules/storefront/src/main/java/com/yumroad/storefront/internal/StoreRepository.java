package com.yumroad.storefront.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoreRepository extends CrudRepository<StoreRow, Long> {

    Optional<StoreRow> findByOwnerId(long ownerId);


    /**
     * Locks the store to change or close it: a product being added to it (which {@link #holdOfOwner holds} it)
     * waits, or the closing waits for that product; two changes of one store take turns.
     */
    @Query("select * from storefront.stores where id = :id for update")
    Optional<StoreRow> lockById(long id);

    @Query("select * from storefront.stores where id = :id for key share")
    Optional<StoreRow> keepById(long id);

    @Query("select * from storefront.stores where owner_id = :ownerId for update")
    Optional<StoreRow> lockOfOwner(long ownerId);

    Optional<StoreRow> findBySlug(String slug);

    List<StoreRow> findByIdIn(Collection<Long> ids);

    /** One page of stores, newest first, after a keyset position; the slug filter applies only when given. */
    @Query("""
            select * from storefront.stores
            where (cast(:slug as text) is null or slug = :slug)
              and (cast(:afterId as bigint) is null or id < :afterId)
            order by id desc
            limit :limit""")
    List<StoreRow> page(@Nullable String slug, @Nullable Long afterId, int limit);

    @Query("select * from storefront.stores order by product_count desc, id desc limit :limit")
    List<StoreRow> mostStocked(int limit);

    void updateNameAndDescription(@Id Long id, String name, @Nullable String description, Instant updatedAt);

    @Query("update storefront.stores set product_count = product_count + :delta where id = :id")
    void addToProductCount(long id, int delta);
}
