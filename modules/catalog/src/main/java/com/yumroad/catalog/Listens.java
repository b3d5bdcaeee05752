package com.yumroad.catalog;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.accounts.UserRenamed;
import com.yumroad.catalog.internal.ProductCleanup;
import com.yumroad.catalog.internal.SellerNames;
import com.yumroad.catalog.internal.StoreProductCounts;
import com.yumroad.storefront.StoreClosed;
import com.yumroad.storefront.StoreOpened;
import com.yumroad.storefront.StoreRenamed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** What catalog listens to, each in the transaction that announced it. */
@Singleton
class Listens {

    private final ProductCleanup cleanup;
    private final StoreProductCounts counts;
    private final SellerNames sellers;

    Listens(ProductCleanup cleanup, StoreProductCounts counts, SellerNames sellers) {
        this.cleanup = cleanup;
        this.counts = counts;
        this.sellers = sellers;
    }

    /** A deleted user's products go with them. */
    @EventListener
    void userDeleted(UserDeleted event) {
        cleanup.removeProductsOfCreator(event.userId());
        sellers.userDeleted(event.userId());
    }

    /** A new store counts no products yet (and is among the stores the landing page may feature). */
    @EventListener
    void storeOpened(StoreOpened event) {
        counts.opened(event.storeId());
    }

    /** A closed store's products go with it, and so does their count. */
    @EventListener
    void storeClosed(StoreClosed event) {
        cleanup.removeProductsOfStore(event.storeId());
        counts.closed(event.storeId());
        sellers.storeClosed(event.storeId());
    }

    /** Products show their creator's name. */
    @EventListener
    void userRenamed(UserRenamed event) {
        sellers.userRenamed(event.userId(), event.name());
    }

    /** Products show their store's name. */
    @EventListener
    void storeRenamed(StoreRenamed event) {
        sellers.storeRenamed(event.storeId(), event.name());
    }
}
