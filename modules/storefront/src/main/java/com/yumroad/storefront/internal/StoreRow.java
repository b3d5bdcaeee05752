package com.yumroad.storefront.internal;

import com.yumroad.storefront.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of storefront.stores. */
@MappedEntity(value = "stores", schema = "storefront")
public record StoreRow(
        @Id @GeneratedValue @Nullable Long id,
        long ownerId,
        String name,
        @Nullable String description,
        String slug,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static StoreRow opening(long ownerId, String name, String description, String slug) {
        return new StoreRow(null, ownerId, name, description, slug, null, null);
    }

    Store toStore() {
        return new Store(id, ownerId, name, description, slug, createdAt, updatedAt);
    }
}
