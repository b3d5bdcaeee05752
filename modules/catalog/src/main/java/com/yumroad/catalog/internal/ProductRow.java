package com.yumroad.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;

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
        String tagNames,
        @TypeDef(type = DataType.STRING_ARRAY) String[] tagList,
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
                                 boolean payWhatYouWant, List<String> tagNames) {
        return new ProductRow(null, creatorId, storeId, name, description, priceCents, CURRENCY, stored(payWhatYouWant),
                null, null, searchable(tagNames), listed(tagNames), null, null);
    }

    /** The tag names as reads show them (catalog V9): sorted. */
    static String[] listed(List<String> tagNames) {
        return tagNames.stream().sorted().toArray(String[]::new);
    }

    /** The tag names as the search vector reads them (catalog V8): sorted, space-separated. */
    static String searchable(List<String> tagNames) {
        return String.join(" ", tagNames.stream().sorted().toList());
    }
}
