package com.yumroad.catalog.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.UserSummary;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import jakarta.inject.Singleton;

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

    private final SellerRepository sellers;
    private final Storefront storefront;
    private final Accounts accounts;
    private final ProductCache cache;
    private final ProductLists lists;

    SellerNames(SellerRepository sellers, Storefront storefront, Accounts accounts, ProductCache cache,
                ProductLists lists) {
        this.lists = lists;
        this.sellers = sellers;
        this.storefront = storefront;
        this.accounts = accounts;
        this.cache = cache;
    }

    void keep(Store store, UserSummary creator) {
        sellers.insertUnlessKnown(store.id(), creator.id(), store.name(), store.slug(), creator.name());
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
        sellers.deleteStore(storeId);
        lists.changedAll();
    }

    public void userDeleted(long userId) {
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
