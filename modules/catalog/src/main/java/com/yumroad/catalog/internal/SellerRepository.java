package com.yumroad.catalog.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SellerRepository extends GenericRepository<SellerRow, Long> {

    @Query("""
            insert into catalog.sellers (store_id, creator_id, store_name, store_slug, creator_name)
            values (:storeId, :creatorId, :storeName, :storeSlug, :creatorName)
            on conflict (store_id) do nothing""")
    void insertUnlessKnown(long storeId, long creatorId, String storeName, String storeSlug, String creatorName);

    @Query("update catalog.sellers set store_name = :name where store_id = :storeId")
    void renameStore(long storeId, String name);

    @Query("update catalog.sellers set creator_name = :name where creator_id = :creatorId")
    void renameCreator(long creatorId, String name);

    @Query("delete from catalog.sellers where store_id = :storeId")
    void deleteStore(long storeId);

    @Query("delete from catalog.sellers where creator_id = :creatorId")
    void deleteCreator(long creatorId);

    /** Stores with products but no names here: those listed before catalog kept names (catalog V9). */
    @Query("""
            select distinct p.store_id from catalog.products p
            where not exists (select 1 from catalog.sellers s where s.store_id = p.store_id)
            limit :limit""")
    List<Long> storesWithoutNames(int limit);
}
