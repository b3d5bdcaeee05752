package com.yumroad.storefront.internal;

import com.yumroad.accounts.UserDeleted;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** A store does not outlive its owner: it closes in the transaction that deletes the user. */
@Singleton
class OwnerDeletion {

    private final StoreRepository stores;
    private final StoreManagement management;

    OwnerDeletion(StoreRepository stores, StoreManagement management) {
        this.stores = stores;
        this.management = management;
    }

    @EventListener
    void on(UserDeleted event) {
        stores.lockOfOwner(event.userId()).ifPresent(management::closeStore);
    }
}
