package com.yumroad.site.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * POST /api/v1/stores. The owner is the caller; fields a client may not set (id, ownerId, productCount) are not
 * read at all, so sending them changes nothing. Lengths are checked by the storefront rules (422).
 */
@Serdeable
@Schema(name = "NewStore")
record OpenStore(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Ada's Recipes",
                description = "Longer than 3 characters once surrounding spaces are stripped; at most 255")
        @Nullable String name,
        @Schema(example = "Recipes from the engine room", description = "Optional; at most 5000 characters")
        @Nullable String description) {
}
