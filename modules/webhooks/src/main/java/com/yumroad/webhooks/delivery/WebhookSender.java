package com.yumroad.webhooks.delivery;

import com.yumroad.kernel.events.Delivery;
import com.yumroad.webhooks.outbound.OutboundHttp;
import com.yumroad.webhooks.outbound.WebhookAnswer;
import com.yumroad.webhooks.outbound.WebhookRequest;
import com.yumroad.webhooks.subscriptions.Subscription;
import com.yumroad.webhooks.subscriptions.SubscriptionRepository;
import com.yumroad.webhooks.subscriptions.Subscriptions;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;

/**
 * Sends one delivery, on the publication log: a 2xx completes it; a timeout, an error or any other status records
 * the attempt and throws, so the log tries again with its backoff (doubling up to yumroad.events.max-retry-delay),
 * until the delivery is a day old (then: failed) or the subscription is disabled. The attempt limit is set high
 * because the sender, not the count, decides when to stop.
 */
@Singleton
public class WebhookSender {

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptionRows;
    private final Subscriptions subscriptions;
    private final OutboundHttp http;
    private final FailedAttempts failures;

    WebhookSender(DeliveryRepository deliveries, SubscriptionRepository subscriptionRows, Subscriptions subscriptions,
                  OutboundHttp http, FailedAttempts failures) {
        this.deliveries = deliveries;
        this.subscriptionRows = subscriptionRows;
        this.subscriptions = subscriptions;
        this.http = http;
        this.failures = failures;
    }

    /** Webhooks' {@code Listens} calls it on each {@link WebhookDue}, with up to 100,000 attempts. */
    public void send(WebhookDue due, Delivery delivery) {
        DeliveryRow row = deliveries.findById(due.deliveryId()).orElse(null);
        if (row == null || row.finished()) {
            return; // its subscription was removed, or a duplicate of a delivery already done
        }
        Subscription subscription = subscriptionRows.findById(row.subscriptionId()).orElse(null);
        if (subscription == null) {
            return;
        }
        if (subscription.disabledAt() != null) {
            deliveries.mark(row.id(), DeliveryRow.SKIPPED);
            return;
        }
        Instant now = Instant.now();
        long timestamp = now.getEpochSecond();
        WebhookAnswer answer = http.post(new WebhookRequest(subscription.url(), Map.of(
                "webhook-id", row.messageId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", Signatures.sign(row.messageId(), timestamp, row.payload(),
                        subscriptions.signingSecrets(subscription, now))), row.payload()));
        if (answer.succeeded()) {
            deliveries.recordAttempt(row.id(), DeliveryRow.SUCCEEDED, now, answer.status(), answer.excerpt(), null);
            subscriptionRows.succeeded(subscription.id());
            return;
        }
        if (!failures.record(row, subscription, answer, now)) {
            throw new WebhookNotDelivered("Webhook " + row.messageId() + " to " + subscription.url() + ": "
                    + (answer.status() != null ? "answered " + answer.status() : answer.error()));
        }
    }
}
