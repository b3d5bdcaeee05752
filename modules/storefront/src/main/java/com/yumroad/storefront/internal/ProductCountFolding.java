package com.yumroad.storefront.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Array;

/**
 * Folds the stores' product count changes into their rows every second, in one statement, so that a count read sums
 * only a second's worth of changes (storefront V4). A fold deletes the changes it sees and adds their sums in the same
 * transaction: a count read at any moment is the same before and after. Runs with the application's other
 * background work ({@code yumroad.events.scheduler.enabled}), which tests that count statements turn off.
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
     * Locks the stores first, in id order, as a closing does (store, then its changes through the cascade): a fold
     * and a closing wait for each other instead of deadlocking.
     */
    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    @Transactional
    void fold() {
        jdbc.execute(connection -> {
            Array stores;
            try (var lock = connection.prepareStatement("""
                    select array(select s.id from storefront.stores s
                                 where s.id in (select store_id from storefront.product_count_changes)
                                 order by s.id for no key update of s)""");
                 var rs = lock.executeQuery()) {
                rs.next();
                stores = rs.getArray(1);
            }
            if (((Long[]) stores.getArray()).length == 0) {
                return 0;
            }
            try (var fold = connection.prepareStatement("""
                    with folded as (delete from storefront.product_count_changes where store_id = any(?)
                                    returning store_id, delta),
                         sums as (select store_id, sum(delta) as delta from folded group by store_id)
                    update storefront.stores s set product_count = s.product_count + sums.delta
                    from sums where s.id = sums.store_id""")) {
                fold.setArray(1, stores);
                return fold.executeUpdate();
            }
        });
    }
}
