package com.yumroad.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of catalog.products. Creator and store are plain ids: they belong to other modules. */
@MappedEntity(value = "products", schema = "catalog")
public record ProductRow(
        @Id @GeneratedValue @Nullable Long id,
        long creatorId,
        long storeId,
        String name,
        String description,
        long priceCents,
        String currency,
        @Nullable Boolean payWhatYouWant,
        @Nullable String coverKey,
        @Nullable String coverAlt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String CURRENCY = "USD";

    /** The column is true or null (a fixed price). */
    static Boolean stored(boolean payWhatYouWant) {
        return payWhatYouWant ? Boolean.TRUE : null;
    }

    boolean letsBuyersPayWhatTheyWant() {
        return Boolean.TRUE.equals(payWhatYouWant);
    }

    static ProductRow publishing(long creatorId, long storeId, String name, String description, long priceCents,
                                 boolean payWhatYouWant) {
        return new ProductRow(null, creatorId, storeId, name, description, priceCents, CURRENCY, stored(payWhatYouWant),
                null, null, null, null);
    }
}
