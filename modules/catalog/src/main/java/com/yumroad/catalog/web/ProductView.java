package com.yumroad.catalog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.catalog.Product;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The API's Product with both ends of its relationships: creator, store and tags. Every field always present. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // empty lists, empty strings and nulls are answered too
@Schema(name = "Product", description = "A product in its creator's store")
record ProductView(
        @Schema(requiredMode = REQUIRED, example = "42") long id,
        @Schema(requiredMode = REQUIRED, example = "Difference Engine Cookbook") String name,
        @Schema(requiredMode = REQUIRED, example = "Forty recipes, each computed twice",
                description = "Empty when the creator gave none")
        String description,
        @Schema(requiredMode = REQUIRED, example = "1999", description = "Price in US cents") long priceCents,
        Creator creator,
        StoreRef store,
        @ArraySchema(schema = @Schema(example = "baking"),
                arraySchema = @Schema(requiredMode = REQUIRED, description = "Lower-case tag names, alphabetical; empty when none"))
        List<String> tags) {

    static ProductView of(Product product) {
        return new ProductView(product.id(), product.name(), product.description(), product.priceCents(),
                new Creator(product.creator().id(), product.creator().name()),
                new StoreRef(product.store().id(), product.store().name()), product.tags());
    }

    @Serdeable
    @Schema(name = "ProductCreator", description = "The user who created the product")
    record Creator(
            @Schema(requiredMode = REQUIRED, example = "3") long id,
            @Schema(requiredMode = REQUIRED, example = "Ada") String name) {
    }

    @Serdeable
    @Schema(name = "ProductStore", description = "The store the product is in: its creator's")
    record StoreRef(
            @Schema(requiredMode = REQUIRED, example = "7") long id,
            @Schema(requiredMode = REQUIRED, example = "Ada's Recipes") String name) {
    }
}
