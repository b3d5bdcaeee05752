package com.yumroad.catalog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.catalog.Product;
import com.yumroad.kernel.paging.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.UnaryOperator;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A page of products, newest first; {@code nextCursor} is null on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // empty lists, empty strings and nulls are answered too
@Schema(name = "ProductPage")
record ProductPage(
        List<ProductView> items,
        @Schema(requiredMode = REQUIRED, example = "AAAAAAAAACr2Yx1qHhPZg1c7nQ",
                description = "Pass as ?cursor= (with the same filters) for the next page; null on the last page")
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String nextCursor) {

    static ProductPage of(Page<Product> page, UnaryOperator<String> absolute) {
        return new ProductPage(page.items().stream().map(p -> ProductView.of(p, absolute)).toList(),
                page.nextCursor());
    }
}
