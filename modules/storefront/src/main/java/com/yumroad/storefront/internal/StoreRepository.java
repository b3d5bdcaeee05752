package com.yumroad.storefront.internal;

import io.micronaut.core.annotation.Nullable;
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

    String STORE = """
            select s.id, s.owner_id, s.name, s.description, s.slug, s.created_at, s.updated_at
            from storefront.stores s
            """;

    @Override
    @Query(STORE + "where s.id = :id")
    Optional<StoreRow> findById(Long id);

    @Query(STORE + "where s.owner_id = :ownerId")
    Optional<StoreRow> findByOwnerId(long ownerId);


    /**
     * Locks the store to change or close it: a product being added to it (which {@link #holdOfOwner holds} it)
     * waits, or the closing waits for that product; two changes of one store take turns.
     */
    @Query(STORE + "where s.id = :id for update of s")
    Optional<StoreRow> lockById(long id);

    @Query(STORE + "where s.id = :id for key share of s")
    Optional<StoreRow> keepById(long id);

    @Query(STORE + "where s.owner_id = :ownerId for update of s")
    Optional<StoreRow> lockOfOwner(long ownerId);

    @Query(STORE + "where s.slug = :slug")
    Optional<StoreRow> findBySlug(String slug);

    @Query(STORE + "where s.id in (:ids)")
    List<StoreRow> findByIdIn(Collection<Long> ids);

    /** One page of stores, newest first, after a keyset position; the slug filter applies only when given. */
    @Query(STORE + """
            where (cast(:slug as text) is null or s.slug = :slug)
              and (cast(:afterId as bigint) is null or s.id < :afterId)
            order by s.id desc
            limit :limit""")
    List<StoreRow> page(@Nullable String slug, @Nullable Long afterId, int limit);

    /** With the time given (not Micronaut's own @DateUpdated one), so a change answers what a later read says. */
    @Query("update storefront.stores set name = :name, description = :description, updated_at = :updatedAt where id = :id")
    void updateNameAndDescription(long id, String name, @Nullable String description, Instant updatedAt);
}
