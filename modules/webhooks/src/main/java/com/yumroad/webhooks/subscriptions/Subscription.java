package com.yumroad.webhooks.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A subscription as stored; {@code secret} and {@code previousSecret} are sealed (see {@link SecretBox}). */
@MappedEntity(value = "subscriptions", schema = "webhooks")
public record Subscription(
        @Id @GeneratedValue @Nullable Long id,
        long ownerId,
        String url,
        String events,
        String secret,
        @Nullable String previousSecret,
        @Nullable Instant previousSecretExpiresAt,
        int consecutiveFailures,
        @Nullable Instant disabledAt,
        @DateCreated @Nullable Instant createdAt) {

    public List<String> eventTypes() {
        return Arrays.asList(events.split(" "));
    }

    public boolean wants(String eventType) {
        return disabledAt == null && eventTypes().contains(eventType);
    }
}
