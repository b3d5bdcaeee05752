package com.yumroad.webhooks.delivery;

import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.webhooks.WebhookDisabled;
import com.yumroad.webhooks.outbound.WebhookAnswer;
import com.yumroad.webhooks.subscriptions.Subscription;
import com.yumroad.webhooks.subscriptions.SubscriptionRepository;
import com.yumroad.webhooks.subscriptions.WebhookSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;

/**
 * Records a failed attempt in a transaction of its own: the sender then throws to have the attempt retried, which
 * rolls its own work back, but the delivery log and the subscription's failure count must keep the attempt.
 */
@Singleton
class FailedAttempts {

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final DomainEvents events;
    private final WebhookSettings settings;

    FailedAttempts(DeliveryRepository deliveries, SubscriptionRepository subscriptions, DomainEvents events,
                   WebhookSettings settings) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.settings = settings;
    }

    /** Answers whether the delivery is over (given up, or its subscription just disabled). */
    @Transactional(propagation = REQUIRES_NEW)
    boolean record(DeliveryRow delivery, Subscription subscription, WebhookAnswer answer, Instant at) {
        int failures = subscriptions.failed(subscription.id());
        boolean disabled = failures >= settings.disableAfterFailures()
                && subscriptions.disable(subscription.id(), at) == 1;
        if (disabled) {
            events.publish(new WebhookDisabled(subscription.id(), subscription.ownerId(), subscription.url(), failures));
        }
        boolean over = disabled || !at.isBefore(delivery.retryUntil());
        deliveries.recordAttempt(delivery.id(), over ? DeliveryRow.FAILED : DeliveryRow.RETRYING, at,
                answer.status(), answer.excerpt(), answer.error());
        return over;
    }
}
