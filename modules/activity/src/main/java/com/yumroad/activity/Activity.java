package com.yumroad.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One entry of a store's activity feed. {@code kind}: store_opened, store_renamed, product_published,
 * product_updated, product_removed, sale_completed, sale_refunded; {@code name} is the store's or product's name then;
 * {@code previousName} only for store_renamed; {@code productId} only for the product and sale kinds;
 * {@code productRemoved} true once the product has been removed (its page is gone: show the name without a link).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // absent values are null, never left out (API contract)
public record Activity(String kind, Instant occurredAt, @Nullable Long productId, String name,
                       @Nullable String previousName, boolean productRemoved) {
}
