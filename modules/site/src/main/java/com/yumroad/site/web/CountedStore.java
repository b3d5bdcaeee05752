package com.yumroad.site.web;

import com.yumroad.storefront.Store;

import java.time.Instant;
import java.util.Map;

/** A store as the pages show it: storefront's store with catalog's count of its products. */
record CountedStore(long id, long ownerId, String name, String description, String slug, int productCount,
                    Instant createdAt, Instant updatedAt) {

    static CountedStore of(Store store, int productCount) {
        return new CountedStore(store.id(), store.ownerId(), store.name(), store.description(), store.slug(),
                productCount, store.createdAt(), store.updatedAt());
    }

    /** The store with its count from {@code Catalog.productCounts}. */
    static CountedStore of(Store store, Map<Long, Integer> productCounts) {
        return of(store, productCounts.getOrDefault(store.id(), 0));
    }
}
