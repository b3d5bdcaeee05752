package com.yumroad.catalog.internal;

import jakarta.inject.Singleton;

/**
 * Products do not outlive their store or their creator: they go in the transaction that closes the store or deletes
 * the user (their tags' links go with them; the tags stay for other products). Called by catalog's {@code Listens}.
 */
@Singleton
public class ProductCleanup {

    private final ProductRepository products;

    ProductCleanup(ProductRepository products) {
        this.products = products;
    }

    public void removeProductsOfStore(long storeId) {
        products.deleteAllOfStore(storeId);
    }

    public void removeProductsOfCreator(long userId) {
        products.deleteAllOfCreator(userId);
    }
}
