package com.yumroad.webhooks.delivery;

import com.yumroad.kernel.events.Delivery;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import com.yumroad.webhooks.subscriptions.EventTypes;
import com.yumroad.webhooks.subscriptions.Subscription;
import com.yumroad.webhooks.subscriptions.SubscriptionRepository;
import com.yumroad.webhooks.subscriptions.WebhookSettings;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Called by webhooks' {@code Listens} for each public event: each public event a subscription may ask for becomes, after its use case
 * committed, one delivery per interested subscription of the store's owner, each with its own
 * {@link WebhookDue} on the publication log. Idempotent: a delivery is keyed by the event's publication and the
 * subscription, so a redelivered event adds none.
 */
@Singleton
public class WebhookFanOut {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Storefront storefront;
    private final DomainEvents events;
    private final JsonMapper json;
    private final WebhookSettings settings;

    WebhookFanOut(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Storefront storefront,
                  DomainEvents events, JsonMapper json, WebhookSettings settings) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.storefront = storefront;
        this.events = events;
        this.json = json;
        this.settings = settings;
    }

    /** An event of a store: the deliveries of its owner's subscriptions that want it. */
    public void ofStore(DomainEvent event, long storeId, Delivery delivery) {
        fanOut(event, ownerOfStore(storeId), delivery);
    }

    /** An event of a seller (a sale, a product they published): the deliveries of their subscriptions that want it. */
    public void ofSeller(DomainEvent event, long sellerId, Delivery delivery) {
        fanOut(event, Optional.of(sellerId), delivery);
    }

    private Optional<Long> ownerOfStore(long storeId) {
        return storefront.find(storeId).map(Store::ownerId);
    }

    private void fanOut(DomainEvent event, Optional<Long> owner, Delivery delivery) {
        String type = EventTypes.nameOf(event.getClass());
        owner.ifPresent(ownerId -> subscriptions.findByOwnerIdOrderByIdDesc(ownerId).stream()
                .filter(subscription -> subscription.wants(type))
                .forEach(subscription -> enqueue(subscription, type, event, delivery)));
    }

    private void enqueue(Subscription subscription, String type, DomainEvent event, Delivery delivery) {
        String messageId = "msg_" + delivery.publicationId() + "_" + subscription.id();
        if (deliveries.existsBySubscriptionIdAndMessageId(subscription.id(), messageId)) {
            return;
        }
        DeliveryRow row = deliveries.save(new DeliveryRow(null, subscription.id(), messageId, type,
                payload(type, delivery, event), DeliveryRow.PENDING, 0,
                delivery.publishedAt().plus(settings.giveUpAfter()), null, null, null, null, null));
        events.publish(new WebhookDue(row.id()));
    }

    /** The Standard Webhooks payload shape: type, timestamp (when it happened), data (the event's fields). */
    private String payload(String type, Delivery delivery, DomainEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", delivery.publishedAt().toString());
        payload.put("data", event);
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
