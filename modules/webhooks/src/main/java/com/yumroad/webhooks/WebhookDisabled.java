package com.yumroad.webhooks;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

/** A subscription stopped receiving deliveries after failing again and again; its owner should hear of it. */
@Serdeable
public record WebhookDisabled(long subscriptionId, long ownerId, String url, int consecutiveFailures)
        implements DomainEvent {
}
