package com.yumroad.catalog.content;

import com.yumroad.catalog.ProductFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A row of catalog.product_files: a file's name and place in the list, and the key of its object in the store. */
@MappedEntity(value = "product_files", schema = "catalog")
public record ProductFileRow(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        String storageKey,
        String name,
        long sizeBytes,
        String contentType,
        int position,
        @DateCreated @Nullable Instant createdAt) {

    ProductFile file() {
        return new ProductFile(id, productId, name, sizeBytes, contentType, position,
                createdAt == null ? null : createdAt.truncatedTo(ChronoUnit.MICROS));
    }
}
