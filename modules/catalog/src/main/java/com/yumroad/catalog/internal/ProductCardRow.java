package com.yumroad.catalog.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** A row of the catalog.product_cards view: a product with its store's and creator's names and its tags. */
@MappedEntity(value = "product_cards", schema = "catalog")
record ProductCardRow(
        @Id long id,
        long creatorId,
        long storeId,
        String name,
        String description,
        long priceCents,
        String currency,
        @Nullable Boolean payWhatYouWant,
        @Nullable String coverKey,
        @Nullable String coverAlt,
        @TypeDef(type = DataType.STRING_ARRAY) String[] tagList,
        Instant createdAt,
        Instant updatedAt,
        String storeName,
        String storeSlug,
        String creatorName) {
}
