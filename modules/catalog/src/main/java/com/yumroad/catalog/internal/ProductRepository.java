package com.yumroad.catalog.internal;

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
public interface ProductRepository extends CrudRepository<ProductRow, Long> {

    /** One page, newest first, after a keyset position; each filter applies only when given. */
    @Query("""
            select p.* from catalog.products p
            where (cast(:creatorId as bigint) is null or p.creator_id = :creatorId)
              and (cast(:storeId as bigint) is null or p.store_id = :storeId)
              and (cast(:tag as text) is null or p.id in (
                    select pt.product_id from catalog.product_tags pt
                    join catalog.tags t on t.id = pt.tag_id where t.name = :tag))
              and (cast(:afterId as bigint) is null or p.id < :afterId)
            order by p.id desc
            limit :limit""")
    List<ProductRow> page(@Nullable Long creatorId, @Nullable Long storeId, @Nullable String tag,
                          @Nullable Long afterId, int limit);

    /** The newest {@code perStore} products of each store, in one statement. */
    @Query("""
            select p.* from catalog.products p
            where p.id in (select r.id from (
                    select id, row_number() over (partition by store_id order by id desc) as n
                    from catalog.products where store_id in (:storeIds)) r
                  where r.n <= :perStore)
            order by p.id desc""")
    List<ProductRow> newestOfStores(Collection<Long> storeIds, int perStore);

    /** The product, locked until the transaction ends: changes and removals of one product take turns. */
    @Query("select * from catalog.products where id = :id for update")
    Optional<ProductRow> lockById(long id);

    /** Deletes the product; answers how many rows went (0: someone else removed it first). */
    @Query("delete from catalog.products where id = :id")
    int remove(long id);

    void update(@Id Long id, String name, String description, long priceCents, @Nullable Boolean payWhatYouWant,
                Instant updatedAt);

    @Query("update catalog.products set cover_key = :coverKey, cover_alt = :coverAlt, updated_at = now() where id = :id")
    void updateCover(long id, @Nullable String coverKey, @Nullable String coverAlt);

    /** Which of these keys a product names as its cover: for sweeping objects no row names. */
    @Query("select cover_key from catalog.products where cover_key in (:keys)")
    List<String> coverKeysAmong(Collection<String> keys);

    @Query("delete from catalog.products where store_id = :storeId")
    void deleteAllOfStore(long storeId);

    @Query("delete from catalog.products where creator_id = :creatorId")
    void deleteAllOfCreator(long creatorId);
}
