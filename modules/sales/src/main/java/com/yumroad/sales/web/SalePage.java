package com.yumroad.sales.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.kernel.paging.Page;
import com.yumroad.sales.Sale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A page of sales, newest first; {@code nextCursor} is null on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SalePage")
record SalePage(
        List<SaleView> items,
        @Schema(requiredMode = REQUIRED, example = "AAAAAAAAAyxYx1qHhPZg1c7nQ",
                description = "Pass as ?cursor= (with the same filters) for the next page; null on the last page")
        @Nullable String nextCursor) {

    static SalePage of(Page<Sale> page) {
        return new SalePage(page.items().stream().map(SaleView::of).toList(), page.nextCursor());
    }
}
