package com.yumroad.webhooks.delivery;

import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.webhooks.subscriptions.Subscriptions;
import com.yumroad.webhooks.subscriptions.WebhookSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A subscription's delivery log, and "send again". */
@Singleton
public class Deliveries {

    static final int LOG_LENGTH = 50;

    private final DeliveryRepository deliveries;
    private final Subscriptions subscriptions;
    private final DomainEvents events;
    private final WebhookSettings settings;

    Deliveries(DeliveryRepository deliveries, Subscriptions subscriptions, DomainEvents events,
               WebhookSettings settings) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.settings = settings;
    }

    /** The latest deliveries, newest first; NotFoundException unless the subscription is the owner's. */
    public List<DeliveryView> recent(long ownerId, long subscriptionId) {
        subscriptions.find(ownerId, subscriptionId);
        return deliveries.recent(subscriptionId, LOG_LENGTH).stream().map(DeliveryView::of).toList();
    }

    /** The latest delivery that was attempted: what the URL last answered. */
    public Optional<DeliveryView> lastAttempted(long ownerId, long subscriptionId) {
        return recent(ownerId, subscriptionId).stream().filter(d -> d.lastAttemptAt() != null).findFirst();
    }

    /**
     * Sends a delivery again, with the same webhook-id (receivers that saw it already can tell), for another day of
     * attempts. Also for a subscription that is disabled: enable it first, or the delivery is skipped.
     */
    @Transactional
    public void sendAgain(long ownerId, long subscriptionId, long deliveryId) {
        subscriptions.find(ownerId, subscriptionId);
        DeliveryRow row = deliveries.findByIdAndSubscriptionId(deliveryId, subscriptionId)
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        deliveries.again(row.id(), Instant.now().plus(settings.giveUpAfter()));
        events.publish(new WebhookDue(row.id()));
    }
}
