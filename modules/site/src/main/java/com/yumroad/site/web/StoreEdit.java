package com.yumroad.site.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** PATCH /api/v1/stores/{id}: a missing or null field stays as it is; an empty description removes it. */
@Serdeable
@Schema(name = "StoreChanges")
record StoreEdit(
        @Schema(example = "Ada's Kitchen", description = "Longer than 3 characters once stripped; at most 255")
        @Nullable String name,
        @Schema(example = "", description = "At most 5000 characters; empty removes the description")
        @Nullable String description) {
}
