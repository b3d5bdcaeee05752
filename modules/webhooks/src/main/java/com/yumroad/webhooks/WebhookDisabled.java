package com.yumroad.webhooks;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

/** A subscription stopped receiving deliveries after failing again and again; its owner should hear of it. */
@Serdeable
@EventName("webhooks.webhook-disabled")
public record WebhookDisabled(long subscriptionId, long ownerId, String url, int consecutiveFailures)
        implements DomainEvent {
}
