package com.yumroad.catalog.internal;

import jakarta.inject.Singleton;

/**
 * Products do not outlive their store or their creator: they go in the transaction that closes the store or deletes
 * the user (their tags' links go with them; the tags stay for other products). Called by catalog's {@code Listens}.
 */
@Singleton
public class ProductCleanup {

    private final ProductRepository products;
    private final ProductCache cache;

    ProductCleanup(ProductRepository products, ProductCache cache) {
        this.products = products;
        this.cache = cache;
    }

    public void removeProductsOfStore(long storeId) {
        products.deleteAllOfStore(storeId);
        cache.changedAll();
    }

    public void removeProductsOfCreator(long userId) {
        products.deleteAllOfCreator(userId);
        cache.changedAll();
    }
}
