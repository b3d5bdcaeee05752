package com.yumroad.catalog.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** PATCH /api/v1/products/{id}: a missing or null field stays as it is; {@code tags: []} removes every tag. */
@Serdeable
@Schema(name = "ProductChanges")
record ProductEdit(
        @Schema(example = "Analytical Engine Cookbook") @Nullable String name,
        @Schema(example = "Now with punch cards") @Nullable String description,
        @Schema(example = "2499") @Nullable Long priceCents,
        @ArraySchema(schema = @Schema(example = "baking"), arraySchema = @Schema(
                description = "Replaces every tag when given; at most 10, each at most 50 characters"))
        @Nullable List<String> tags,
        @Schema(example = "true", description = "The price becomes the minimum (true) or a fixed price (false)")
        @Nullable Boolean payWhatYouWant) {
}
