package com.yumroad.site.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.paging.InvalidCursorException;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import io.micronaut.core.annotation.Nullable;

/** Reading one page of a product list for a web page: a stale or garbled cursor starts the list again. */
final class Pages {

    static final int PRODUCTS_PER_PAGE = 12;

    private Pages() {
    }

    static Page<Product> products(Catalog catalog, ProductQuery query, String cursor) {
        return read(catalog, query, cursor).page();
    }

    /** The page, and the cursor it was read at: null for the first page, also when the cursor given was refused. */
    static Read<Product> read(Catalog catalog, ProductQuery query, @Nullable String cursor) {
        try {
            return new Read<>(catalog.list(query, new PageRequest(PRODUCTS_PER_PAGE, cursor)), cursor);
        } catch (InvalidCursorException e) {
            return new Read<>(catalog.list(query, PageRequest.first(PRODUCTS_PER_PAGE)), null);
        }
    }

    record Read<T>(Page<T> page, @Nullable String cursor) {
    }
}
