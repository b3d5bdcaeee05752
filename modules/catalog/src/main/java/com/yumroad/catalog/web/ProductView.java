package com.yumroad.catalog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductFile;
import io.micronaut.core.annotation.Nullable;
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
        @Schema(requiredMode = REQUIRED, example = "false",
                description = "True: the price is the minimum and the buyer chooses the amount at checkout")
        boolean payWhatYouWant,
        Creator creator,
        StoreRef store,
        @ArraySchema(schema = @Schema(example = "baking"),
                arraySchema = @Schema(requiredMode = REQUIRED, description = "Lower-case tag names, alphabetical; empty when none"))
        List<String> tags,
        @Schema(requiredMode = REQUIRED, nullable = true, example = "/media/covers/42/0b6f4c1e-9a0d-4e0c-8d7e-5f2f3c1a9b10-1280.jpg",
                description = "The cover image, 1280 pixels wide at most (also at 320 and 640: the same URL with -320 or -640); null when none")
        @Nullable String coverUrl,
        @ArraySchema(schema = @Schema(implementation = ProductFileView.class), arraySchema = @Schema(nullable = true,
                description = "The product's files in order: only for its creator, on GET /api/v1/products/{id}; null otherwise"))
        @Nullable List<ProductFileView> files) {

    static ProductView of(Product product) {
        return of(product, null);
    }

    static ProductView of(Product product, @Nullable List<ProductFile> files) {
        return new ProductView(product.id(), product.name(), product.description(), product.priceCents(),
                product.payWhatYouWant(),
                new Creator(product.creator().id(), product.creator().name()),
                new StoreRef(product.store().id(), product.store().name()), product.tags(),
                product.cover() == null ? null : product.cover().url(),
                files == null ? null : files.stream().map(ProductFileView::of).toList());
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
