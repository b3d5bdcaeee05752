package com.yumroad.catalog;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.catalog.internal.ProductCleanup;
import com.yumroad.catalog.internal.StoreProductCounter;
import com.yumroad.storefront.StoreClosed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** What catalog listens to, each in the transaction that announced it. */
@Singleton
class Listens {

    private final ProductCleanup cleanup;
    private final StoreProductCounter counter;

    Listens(ProductCleanup cleanup, StoreProductCounter counter) {
        this.cleanup = cleanup;
        this.counter = counter;
    }

    /** A deleted user's products go with them. */
    @EventListener
    void userDeleted(UserDeleted event) {
        cleanup.removeProductsOfCreator(event.userId());
    }

    /** A closed store's products go with it. */
    @EventListener
    void storeClosed(StoreClosed event) {
        cleanup.removeProductsOfStore(event.storeId());
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
