package com.yumroad.catalog.web;

import com.yumroad.catalog.ProductFile;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One of a product's files, as its creator sees it. */
@Serdeable
@Schema(name = "ProductFile", description = "A file a product delivers to its buyers")
record ProductFileView(
        @Schema(requiredMode = REQUIRED, example = "9") long id,
        @Schema(requiredMode = REQUIRED, example = "cookbook.pdf") String name,
        @Schema(requiredMode = REQUIRED, example = "2483712", description = "Size in bytes") long size,
        @Schema(requiredMode = REQUIRED, example = "application/pdf",
                description = "As the uploader declared it; application/octet-stream when none or malformed")
        String contentType,
        @Schema(requiredMode = REQUIRED, example = "0", description = "Place in the product's list, from 0") int position,
        @Schema(requiredMode = REQUIRED, example = "2026-11-30T09:15:00Z", description = "When it was uploaded")
        Instant createdAt) {

    static ProductFileView of(ProductFile file) {
        return new ProductFileView(file.id(), file.name(), file.sizeBytes(), file.contentType(), file.position(),
                file.createdAt());
    }
}
