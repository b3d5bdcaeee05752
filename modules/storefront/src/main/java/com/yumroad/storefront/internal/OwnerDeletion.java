package com.yumroad.storefront.internal;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.storefront.StoreClosed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** A store does not outlive its owner: it closes in the transaction that deletes the user. */
@Singleton
class OwnerDeletion {

    private final StoreRepository stores;
    private final DomainEvents events;

    OwnerDeletion(StoreRepository stores, DomainEvents events) {
        this.stores = stores;
        this.events = events;
    }

    @EventListener
    void on(UserDeleted event) {
        stores.findByOwnerId(event.userId()).ifPresent(store -> {
            events.publish(new StoreClosed(store.id(), store.ownerId()));
            stores.deleteById(store.id());
        });
    }
}
