package com.yumroad.storefront.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.storefront.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The API's Store: every field always present, {@code description} null when the store has none. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // empty lists, empty strings and nulls are answered too
@Schema(name = "Store", description = "A creator's store; each user owns at most one")
record StoreView(
        @Schema(requiredMode = REQUIRED, example = "7") long id,
        @Schema(requiredMode = REQUIRED, example = "Ada's Recipes") String name,
        @Schema(requiredMode = REQUIRED, example = "Recipes from the engine room",
                description = "Null when the store has none")
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String description,
        @Schema(requiredMode = REQUIRED, example = "3", description = "The user who owns the store") long ownerId,
        @Schema(requiredMode = REQUIRED, example = "12",
                description = "How many products the store holds") int productCount) {

    static StoreView of(Store store) {
        return new StoreView(store.id(), store.name(), store.description(), store.ownerId(), store.productCount());
    }
}
