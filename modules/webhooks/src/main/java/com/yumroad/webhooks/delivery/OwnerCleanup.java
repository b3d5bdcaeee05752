package com.yumroad.webhooks.delivery;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.webhooks.subscriptions.SubscriptionRepository;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** A deleted user's webhooks go in the deleting transaction (their deliveries with them). */
@Singleton
class OwnerCleanup {

    private final SubscriptionRepository subscriptions;

    OwnerCleanup(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @EventListener
    void on(UserDeleted event) {
        subscriptions.deleteByOwnerId(event.userId());
    }
}
