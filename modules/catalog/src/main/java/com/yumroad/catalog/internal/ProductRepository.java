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

    /** The product, locked until the transaction ends: changes and removals of one product take turns. */
    @Query("select * from catalog.products where id = :id for update")
    Optional<ProductRow> lockById(long id);

    /** Deletes the product; answers how many rows went (0: someone else removed it first). */
    @Query("delete from catalog.products where id = :id")
    int remove(long id);

    void update(@Id Long id, String name, String description, long priceCents, @Nullable Boolean payWhatYouWant,
                String tagNames, String[] tagList, Instant updatedAt);

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
