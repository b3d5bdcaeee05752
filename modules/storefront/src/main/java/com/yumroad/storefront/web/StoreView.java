package com.yumroad.storefront.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.storefront.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The API's Store: every field always present, {@code description} null when the store has none. */
@Serdeable
@Schema(name = "Store", description = "A creator's store; each user owns at most one")
record StoreView(
        @Schema(example = "7") long id,
        @Schema(example = "Ada's Recipes") String name,
        @Schema(example = "Recipes from the engine room", description = "Null when the store has none")
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String description,
        @Schema(example = "3", description = "The user who owns the store") long ownerId,
        @Schema(example = "12", description = "How many products the store holds") int productCount) {

    static StoreView of(Store store) {
        return new StoreView(store.id(), store.name(), store.description(), store.ownerId(), store.productCount());
    }
}
