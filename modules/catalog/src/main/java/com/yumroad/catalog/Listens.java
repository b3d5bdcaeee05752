package com.yumroad.catalog;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.accounts.UserRenamed;
import com.yumroad.catalog.internal.ProductCleanup;
import com.yumroad.catalog.internal.SellerNames;
import com.yumroad.catalog.internal.StoreProductCounter;
import com.yumroad.storefront.StoreClosed;
import com.yumroad.storefront.StoreRenamed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** What catalog listens to, each in the transaction that announced it. */
@Singleton
class Listens {

    private final ProductCleanup cleanup;
    private final StoreProductCounter counter;
    private final SellerNames sellers;

    Listens(ProductCleanup cleanup, StoreProductCounter counter, SellerNames sellers) {
        this.cleanup = cleanup;
        this.counter = counter;
        this.sellers = sellers;
    }

    /** A deleted user's products go with them. */
    @EventListener
    void userDeleted(UserDeleted event) {
        cleanup.removeProductsOfCreator(event.userId());
        sellers.userDeleted(event.userId());
    }

    /** A closed store's products go with it. */
    @EventListener
    void storeClosed(StoreClosed event) {
        cleanup.removeProductsOfStore(event.storeId());
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

    @EventListener
    void productPublished(ProductPublished event) {
        counter.adjust(event.storeId(), 1);
    }

    @EventListener
    void productRemoved(ProductRemoved event) {
        counter.adjust(event.storeId(), -1);
    }
}
