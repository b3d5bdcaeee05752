package com.yumroad.activity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of activity.store_activity; {@code productRemoved} is not a column but computed by the page query: whether
 * the feed also holds the product's removal.
 */
@MappedEntity(value = "store_activity", schema = "activity")
record ActivityRow(
        @Id @GeneratedValue @Nullable Long id,
        long storeId,
        long publicationId,
        String kind,
        @Nullable Long productId,
        String name,
        @Nullable String previousName,
        Instant occurredAt,
        @Nullable Boolean productRemoved) {
}
