package com.yumroad.webhooks.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "WebhookDelivery", description = "One event sent (or being sent) to a webhook, with its last attempt")
public record DeliveryView(
        @Schema(example = "31") long id,
        @Schema(description = "The webhook-id header: the same on every attempt", example = "msg_812_5") String messageId,
        @Schema(example = "catalog.product-published") String eventType,
        @Schema(description = "pending, retrying, succeeded, failed (gave up after a day, or the webhook was "
                + "disabled), skipped (the webhook was disabled before it was sent)", example = "succeeded")
        String status,
        @Schema(example = "1") int attempts,
        @Nullable Instant lastAttemptAt,
        @Schema(description = "The last answer's status; null when none came (timeout, refused, no connection)",
                example = "200") @Nullable Integer lastStatusCode,
        @Schema(description = "The first characters of the last answer", example = "ok") @Nullable String lastResponse,
        @Schema(description = "Why the last attempt got no answer") @Nullable String lastError,
        Instant createdAt) {

    static DeliveryView of(DeliveryRow row) {
        return new DeliveryView(row.id(), row.messageId(), row.eventType(), row.status(), row.attempts(),
                row.lastAttemptAt(), row.lastStatusCode(), row.lastResponse(), row.lastError(), row.createdAt());
    }
}
