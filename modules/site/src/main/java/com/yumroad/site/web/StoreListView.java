package com.yumroad.site.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.kernel.paging.Page;
import com.yumroad.storefront.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A page of stores, newest first; {@code nextCursor} is null on the last page. The API's StorePage. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // empty lists, empty strings and nulls are answered too
@Schema(name = "StorePage")
record StoreListView(
        List<StoreView> items,
        @Schema(requiredMode = REQUIRED, example = "AAAAAAAAAAdYx1qHhPZg1c7nQ",
                description = "Pass as ?cursor= (with the same filters) for the next page; null on the last page")
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String nextCursor) {

    static StoreListView of(Page<Store> page, Map<Long, Integer> productCounts, UnaryOperator<String> absolute) {
        return new StoreListView(page.items().stream()
                .map(store -> StoreView.of(store, productCounts.getOrDefault(store.id(), 0), absolute)).toList(),
                page.nextCursor());
    }
}
