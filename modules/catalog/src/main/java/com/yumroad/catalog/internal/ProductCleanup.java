package com.yumroad.catalog.internal;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.storefront.StoreClosed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Products do not outlive their store or their creator: they go in the transaction that closes the store or deletes
 * the user (their tags' links go with them; the tags stay for other products).
 */
@Singleton
class ProductCleanup {

    private final ProductRepository products;

    ProductCleanup(ProductRepository products) {
        this.products = products;
    }

    @EventListener
    void on(StoreClosed event) {
        products.deleteAllOfStore(event.storeId());
    }

    @EventListener
    void on(UserDeleted event) {
        products.deleteAllOfCreator(event.userId());
    }
}
