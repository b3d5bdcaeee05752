package com.yumroad.site.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.storefront.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.function.UnaryOperator;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The API's Store: every field always present, {@code description} null when the store has none. Storefront's store
 * with catalog's count of its products, so it lives here, above both.
 */
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
                description = "How many products the store holds") int productCount,
        @Schema(requiredMode = REQUIRED, example = "ada-s-recipes",
                description = "The store's address: its page is /s/{slug}; `GET /api/v1/stores?slug=` finds it. "
                        + "Made from the first name and kept when the store is renamed") String slug,
        @Schema(requiredMode = REQUIRED, example = "https://shop.example.com/s/ada-s-recipes",
                description = "The store's public page") String url,
        @Schema(requiredMode = REQUIRED, example = "2026-11-30T09:15:00Z", description = "When it was opened")
        Instant createdAt,
        @Schema(requiredMode = REQUIRED, example = "2026-12-01T17:40:00Z",
                description = "Last change of its name or description; its opening time until then") Instant updatedAt) {

    static StoreView of(Store store, int productCount, UnaryOperator<String> absolute) {
        return new StoreView(store.id(), store.name(), store.description(), store.ownerId(), productCount,
                store.slug(), absolute.apply("/s/" + store.slug()), store.createdAt(), store.updatedAt());
    }
}
