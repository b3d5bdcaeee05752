package com.yumroad.storefront.internal;

import jakarta.inject.Singleton;

/** A store does not outlive its owner: it closes in the transaction that deletes the user (see {@code Listens}). */
@Singleton
public class OwnerDeletion {

    private final StoreRepository stores;
    private final StoreManagement management;

    OwnerDeletion(StoreRepository stores, StoreManagement management) {
        this.stores = stores;
        this.management = management;
    }

    public void closeStoreOf(long userId) {
        stores.lockOfOwner(userId).ifPresent(management::closeStore);
    }
}
