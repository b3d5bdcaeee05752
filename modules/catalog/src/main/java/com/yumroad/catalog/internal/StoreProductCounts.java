package com.yumroad.catalog.internal;

import com.yumroad.catalog.StoreProductCount;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalog's count of each store's products (catalog V10), kept in the transaction that adds or removes a product: the
 * change is appended to catalog.product_count_changes (no row lock, so one seller's publications at once do not wait
 * for each other), {@link ProductCountFolding} folds the changes into catalog.store_product_counts every second, and a
 * read adds what is not yet folded. Every store has a row from its opening; a closed store's rows go with its products.
 * JDBC rather than {@code @Query}: Micronaut Data takes a query with "update" in it for an update.
 */
@Singleton
public class StoreProductCounts {

    /** A store's count as read: the folded count plus the changes not yet folded. */
    private static final String COUNTED = """
            c.product_count + coalesce((select sum(d.delta) from catalog.product_count_changes d
                                        where d.store_id = c.store_id), 0)""";

    private final JdbcOperations jdbc;

    StoreProductCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A store opened: it counts no products yet. */
    public void opened(long storeId) {
        jdbc.prepareStatement("""
                insert into catalog.store_product_counts (store_id, product_count) values (?, 0)
                on conflict (store_id) do nothing""", ps -> {
            ps.setLong(1, storeId);
            return ps.executeUpdate();
        });
    }

    /**
     * One product more or less in the store. One statement; the store's count row is made if it is missing (a store
     * written without its opening being heard, as tests do), which takes no lock on a row that exists.
     */
    void change(long storeId, int delta) {
        jdbc.prepareStatement("""
                with counted as (insert into catalog.store_product_counts (store_id, product_count) values (?, 0)
                                 on conflict (store_id) do nothing)
                insert into catalog.product_count_changes (store_id, delta) values (?, ?)""", ps -> {
            ps.setLong(1, storeId);
            ps.setLong(2, storeId);
            ps.setInt(3, delta);
            return ps.executeUpdate();
        });
    }

    /**
     * The store closed (its products are gone): its count goes. The count's row first, then its changes, the order
     * {@link ProductCountFolding} takes them in: a fold and a closing wait for each other instead of deadlocking.
     */
    public void closed(long storeId) {
        jdbc.prepareStatement("delete from catalog.store_product_counts where store_id = ?", ps -> {
            ps.setLong(1, storeId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("delete from catalog.product_count_changes where store_id = ?", ps -> {
            ps.setLong(1, storeId);
            return ps.executeUpdate();
        });
    }

    /** Each of these stores' counts, in one statement; a store catalog has no row for counts 0. */
    Map<Long, Integer> of(Collection<Long> storeIds) {
        Map<Long, Integer> counts = new HashMap<>();
        storeIds.forEach(id -> counts.put(id, 0));
        if (storeIds.isEmpty()) {
            return counts;
        }
        jdbc.prepareStatement("select c.store_id, " + COUNTED + " from catalog.store_product_counts c "
                + "where c.store_id = any(?)", ps -> {
            Array ids = ps.getConnection().createArrayOf("bigint", storeIds.toArray());
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return counts;
        });
        return counts;
    }

    /**
     * The stores with the most products first (then the newest), in one statement: ordered by the folded count (at
     * most a second behind), which needs no sum per store; each with its count as read.
     */
    List<StoreProductCount> mostStocked(int limit) {
        return jdbc.prepareStatement("select c.store_id, " + COUNTED + " from catalog.store_product_counts c "
                + "order by c.product_count desc, c.store_id desc limit ?", ps -> {
            ps.setInt(1, limit);
            List<StoreProductCount> stores = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stores.add(new StoreProductCount(rs.getLong(1), rs.getInt(2)));
                }
            }
            return stores;
        });
    }
}
