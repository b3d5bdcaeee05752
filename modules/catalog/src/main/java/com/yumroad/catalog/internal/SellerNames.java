package com.yumroad.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.db.AfterCommit;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Catalog's copy of the store and creator names its products show, so that a product is read in one statement.
 * Kept in the transaction of each change: a product's publication adds its store's names when they are missing, and
 * catalog's {@code Listens} passes on renames, closings and deletions. Every change of a row tells every instance's
 * {@link ProductCache} to forget (catalog V9's trigger) and every list of products (V11's: {@link ProductLists}).
 */
@Singleton
public class SellerNames {

    private static final int CATCH_UP_BATCH = 500;
    private static final int REMEMBERED_STORES = 10_000;

    private final SellerRepository sellers;
    private final Storefront storefront;
    private final Accounts accounts;
    private final ProductCache cache;
    private final ProductLists lists;
    private final TransactionOperations<Connection> transactions;
    /** Stores whose names a committed transaction has written, as far as this instance has seen (the busiest ones). */
    private final Cache<Long, Boolean> storesNamed = Caffeine.newBuilder().maximumSize(REMEMBERED_STORES).build();

    SellerNames(SellerRepository sellers, Storefront storefront, Accounts accounts, ProductCache cache,
                ProductLists lists, TransactionOperations<Connection> transactions) {
        this.lists = lists;
        this.transactions = transactions;
        this.sellers = sellers;
        this.storefront = storefront;
        this.accounts = accounts;
        this.cache = cache;
    }

    /**
     * No statement once this instance has seen a transaction that named the store commit: its row then lives as
     * long as the store does (closing the store or deleting its owner removes it), and a closed store takes no
     * more products, so a remembered store never needs the row written again.
     */
    void keep(Store store, UserSummary creator) {
        if (storesNamed.getIfPresent(store.id()) != null) {
            return;
        }
        sellers.insertUnlessKnown(store.id(), creator.id(), store.name(), store.slug(), creator.name());
        AfterCommit.run(transactions, () -> storesNamed.put(store.id(), Boolean.TRUE));
    }

    public void storeRenamed(long storeId, String name) {
        sellers.renameStore(storeId, name);
        cache.changedAll();
    }

    public void userRenamed(long userId, String name) {
        sellers.renameCreator(userId, name);
        cache.changedAll();
    }

    public void storeClosed(long storeId) {
        storesNamed.invalidate(storeId);
        sellers.deleteStore(storeId);
        lists.changedAll();
    }

    public void userDeleted(long userId) {
        storesNamed.invalidateAll(); // rare: which stores were theirs is not known here
        sellers.deleteCreator(userId);
        lists.changedAll();
    }

    /** Names the stores whose products were listed before catalog kept names; the next start finds none. */
    void catchUp() {
        for (List<Long> missing = sellers.storesWithoutNames(CATCH_UP_BATCH); !missing.isEmpty();
             missing = sellers.storesWithoutNames(CATCH_UP_BATCH)) {
            Map<Long, Store> stores = storefront.stores(missing);
            Map<Long, UserSummary> owners = accounts.summaries(stores.values().stream().map(Store::ownerId).toList());
            List<Store> named = stores.values().stream().filter(s -> owners.containsKey(s.ownerId())).toList();
            named.forEach(store -> keep(store, owners.get(store.ownerId())));
            if (named.isEmpty()) {
                return; // products of stores or owners that are gone: their removal is under way
            }
            cache.changedAll();
        }
    }
}
