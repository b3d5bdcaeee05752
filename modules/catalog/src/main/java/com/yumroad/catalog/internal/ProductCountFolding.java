package com.yumroad.catalog.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Array;

/**
 * Folds the stores' product count changes into their counts every second, in one statement, so that a count read sums
 * only a second's worth of changes (catalog V10, {@link StoreProductCounts}). A fold deletes the changes it sees and
 * adds their sums in the same transaction: a count read at any moment is the same before and after. Runs with the
 * application's other background work ({@code yumroad.events.scheduler.enabled}), which tests that count statements
 * turn off.
 */
@Singleton
@Requires(beans = DataSource.class)
@Requires(property = "yumroad.events.scheduler.enabled", value = StringUtils.TRUE, defaultValue = StringUtils.TRUE)
class ProductCountFolding {

    private final JdbcOperations jdbc;

    ProductCountFolding(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the counts first, in store id order, as a closing does (the store's count, then its changes, in
     * {@link StoreProductCounts#closed}): a fold and a closing, or two folds, wait for each other instead of
     * deadlocking. A publication or removal takes none of these locks: it only appends a change.
     */
    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    @Transactional
    void fold() {
        jdbc.execute(connection -> {
            Array stores;
            try (var lock = connection.prepareStatement("""
                    select array(select c.store_id from catalog.store_product_counts c
                                 where c.store_id in (select store_id from catalog.product_count_changes)
                                 order by c.store_id for no key update of c)""");
                 var rs = lock.executeQuery()) {
                rs.next();
                stores = rs.getArray(1);
            }
            if (((Long[]) stores.getArray()).length == 0) {
                return 0;
            }
            try (var fold = connection.prepareStatement("""
                    with folded as (delete from catalog.product_count_changes where store_id = any(?)
                                    returning store_id, delta),
                         sums as (select store_id, sum(delta) as delta from folded group by store_id)
                    update catalog.store_product_counts c set product_count = c.product_count + sums.delta
                    from sums where c.store_id = sums.store_id""")) {
                fold.setArray(1, stores);
                return fold.executeUpdate();
            }
        });
    }
}
