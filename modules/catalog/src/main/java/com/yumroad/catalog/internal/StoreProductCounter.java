package com.yumroad.catalog.internal;

import com.yumroad.catalog.ProductPublished;
import com.yumroad.catalog.ProductRemoved;
import com.yumroad.storefront.Storefront;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Keeps a store's product count right, in the transaction that adds or removes the product. */
@Singleton
class StoreProductCounter {

    private final Storefront storefront;

    StoreProductCounter(Storefront storefront) {
        this.storefront = storefront;
    }

    @EventListener
    void on(ProductPublished event) {
        storefront.adjustProductCount(event.storeId(), 1);
    }

    @EventListener
    void on(ProductRemoved event) {
        storefront.adjustProductCount(event.storeId(), -1);
    }
}
