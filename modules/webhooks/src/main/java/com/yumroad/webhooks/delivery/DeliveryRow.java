package com.yumroad.webhooks.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One event for one subscription, with its last attempt: the delivery log. */
@MappedEntity(value = "deliveries", schema = "webhooks")
public record DeliveryRow(
        @Id @GeneratedValue @Nullable Long id,
        long subscriptionId,
        String messageId,
        String eventType,
        String payload,
        String status,
        int attempts,
        Instant retryUntil,
        @Nullable Instant lastAttemptAt,
        @Nullable Integer lastStatusCode,
        @Nullable String lastResponse,
        @Nullable String lastError,
        @DateCreated @Nullable Instant createdAt) {

    static final String PENDING = "pending";
    static final String RETRYING = "retrying";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";
    static final String SKIPPED = "skipped";

    boolean finished() {
        return status.equals(SUCCEEDED) || status.equals(FAILED) || status.equals(SKIPPED);
    }
}
