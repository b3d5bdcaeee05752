package com.yumroad.storefront;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.storefront.internal.OwnerDeletion;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** What storefront listens to, each in the transaction that announced it. */
@Singleton
class Listens {

    private final OwnerDeletion owners;

    Listens(OwnerDeletion owners) {
        this.owners = owners;
    }

    /** A deleted user's store closes (announcing {@link StoreClosed}). */
    @EventListener
    void userDeleted(UserDeleted event) {
        owners.closeStoreOf(event.userId());
    }
}
