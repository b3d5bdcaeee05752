package com.yumroad.webhooks.delivery;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A delivery to attempt: the webhooks module's own event (not in its root package, so never announced outside),
 * which puts each delivery on the publication log of its own, retried on its own.
 */
@Serdeable
@EventName("webhooks.webhook-due")
public record WebhookDue(long deliveryId) implements DomainEvent {
}
