package com.yumroad.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Products as reads show them, each read one statement (catalog.product_cards). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductCardRepository extends GenericRepository<ProductCardRow, Long> {

    Optional<ProductCardRow> findById(long id);

    /** One page, newest first, after a keyset position; each filter applies only when given. */
    @Query("""
            select c.* from catalog.product_cards c
            where (cast(:creatorId as bigint) is null or c.creator_id = :creatorId)
              and (cast(:storeId as bigint) is null or c.store_id = :storeId)
              and (cast(:tag as text) is null or c.id in (
                    select pt.product_id from catalog.product_tags pt
                    join catalog.tags t on t.id = pt.tag_id where t.name = :tag))
              and (cast(:afterId as bigint) is null or c.id < :afterId)
            order by c.id desc
            limit :limit""")
    List<ProductCardRow> page(@Nullable Long creatorId, @Nullable Long storeId, @Nullable String tag,
                              @Nullable Long afterId, int limit);

    /**
     * One page of the products that match a web-search style query ("blue brushes", "\"oil paint\"", "-free"),
     * best first (ts_rank over name and tags, then description), then newest; filters as {@link #page}. The keyset
     * position is the last product shown, whose rank the statement computes again.
     */
    @Query("""
            with hits as (
                select p.id, ts_rank(p.search, q.query) as rank
                from catalog.products p, websearch_to_tsquery('english', :q) as q(query)
                where p.search @@ q.query
                  and (cast(:creatorId as bigint) is null or p.creator_id = :creatorId)
                  and (cast(:storeId as bigint) is null or p.store_id = :storeId)
                  and (cast(:tag as text) is null or p.id in (
                        select pt.product_id from catalog.product_tags pt
                        join catalog.tags t on t.id = pt.tag_id where t.name = :tag))),
            shown as (
                select h.* from hits h
                where cast(:afterId as bigint) is null
                   or (h.rank, h.id) < (select a.rank, a.id from hits a where a.id = :afterId)
                order by h.rank desc, h.id desc
                limit :limit)
            select c.* from shown h join catalog.product_cards c on c.id = h.id
            order by h.rank desc, h.id desc""")
    List<ProductCardRow> search(String q, @Nullable Long creatorId, @Nullable Long storeId, @Nullable String tag,
                                @Nullable Long afterId, int limit);

    /** The newest {@code perStore} products of each store, in one statement. */
    @Query("""
            select c.* from catalog.product_cards c
            where c.id in (select r.id from (
                    select id, row_number() over (partition by store_id order by id desc) as n
                    from catalog.products where store_id in (:storeIds)) r
                  where r.n <= :perStore)
            order by c.id desc""")
    List<ProductCardRow> newestOfStores(Collection<Long> storeIds, int perStore);
}
