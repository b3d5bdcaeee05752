package com.yumroad.storefront.internal;

import com.yumroad.accounts.StoreOwnership;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Answers accounts' question "which store does this user own?" (GET /api/v1/users/me: storeId). */
@Singleton
class OwnedStores implements StoreOwnership {

    private final StoreRepository stores;

    OwnedStores(StoreRepository stores) {
        this.stores = stores;
    }

    @Override
    @ReadOnly
    public Optional<Long> storeIdOf(long userId) {
        return stores.findByOwnerId(userId).map(StoreRow::id);
    }
}
