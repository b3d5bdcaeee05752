package com.yumroad.catalog.internal;

import com.yumroad.storefront.Storefront;
import jakarta.inject.Singleton;

/** Keeps a store's product count right, in the transaction that adds or removes the product. */
@Singleton
public class StoreProductCounter {

    private final Storefront storefront;

    StoreProductCounter(Storefront storefront) {
        this.storefront = storefront;
    }

    public void adjust(long storeId, int delta) {
        storefront.adjustProductCount(storeId, delta);
    }
}
