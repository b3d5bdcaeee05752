package com.yumroad.catalog.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** PATCH /api/v1/products/{id}/files/{fileId}: rename, move, or both; a missing field stays as it is. */
@Serdeable
@Schema(name = "ProductFileChanges")
record ProductFileEdit(
        @Schema(example = "cookbook-2nd-edition.pdf", description = "1 to 255 characters") @Nullable String name,
        @Schema(example = "0", description = "New place in the list, from 0; past the end means last") @Nullable Integer position) {
}
