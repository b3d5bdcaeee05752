package com.yumroad.webhooks.delivery;

import com.yumroad.webhooks.subscriptions.SubscriptionRepository;
import jakarta.inject.Singleton;

/** A deleted user's webhooks go in the deleting transaction (their deliveries with them); webhooks' {@code Listens}. */
@Singleton
public class OwnerCleanup {

    private final SubscriptionRepository subscriptions;

    OwnerCleanup(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    public void removeWebhooksOf(long userId) {
        subscriptions.deleteByOwnerId(userId);
    }
}
