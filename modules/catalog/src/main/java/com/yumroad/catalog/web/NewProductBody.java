package com.yumroad.catalog.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * POST /api/v1/products. Creator and store come from the caller's token, never from the body: fields a client may
 * not set (id, creator, store, timestamps) are not read, so sending them changes nothing.
 */
@Serdeable
@Schema(name = "NewProduct")
record NewProductBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Difference Engine Cookbook",
                description = "Longer than 3 characters once stripped; at most 255")
        @Nullable String name,
        @Schema(example = "Forty recipes, each computed twice", description = "At most 10000 characters")
        @Nullable String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1999",
                description = "Price in US cents, 0 to 100000000")
        @Nullable Long priceCents,
        @ArraySchema(schema = @Schema(example = "baking"), arraySchema = @Schema(
                description = "At most 10, each at most 50 characters; trimmed, lower-cased, de-duplicated"))
        @Nullable List<String> tags,
        @Schema(example = "false", defaultValue = "false", description = "The price is the minimum: at checkout the "
                + "buyer chooses the amount, at least the price. Absent or null: false")
        @Nullable Boolean payWhatYouWant) {
}
