package com.yumroad.webhooks.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "NewWebhook")
public record NewSubscription(
        @Schema(description = "An https URL on the public internet", example = "https://hooks.example.com/yumroad")
        @Nullable String url,
        @Schema(description = "Event types: catalog.product-published, catalog.product-updated, "
                + "catalog.product-removed, sales.sale-completed, sales.sale-refunded",
                example = "[\"catalog.product-published\"]")
        @Nullable List<String> events) {
}
