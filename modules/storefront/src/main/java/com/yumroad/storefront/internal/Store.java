package com.yumroad.storefront.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity(value = "stores", schema = "storefront")
public record Store(
        @Id @GeneratedValue @Nullable Long id,
        long ownerId,
        String name,
        @Nullable String description,
        String slug,
        int productCount,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
