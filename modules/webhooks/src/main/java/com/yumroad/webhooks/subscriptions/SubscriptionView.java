package com.yumroad.webhooks.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Webhook", description = "A webhook subscription (never its secret)")
public record SubscriptionView(
        @Schema(example = "5") long id,
        @Schema(example = "https://hooks.example.com/yumroad") String url,
        @Schema(example = "[\"catalog.product-published\", \"sales.sale-completed\"]") List<String> events,
        @Schema(description = "Failed delivery attempts in a row, across its deliveries", example = "0")
        int consecutiveFailures,
        @Schema(description = "When it was disabled after failing again and again; null: active")
        @Nullable Instant disabledAt,
        @Schema(example = "2026-12-02T08:00:00Z") Instant createdAt) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.consecutiveFailures(), s.disabledAt(),
                s.createdAt());
    }
}
