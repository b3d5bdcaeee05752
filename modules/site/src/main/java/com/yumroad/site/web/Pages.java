package com.yumroad.site.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.paging.InvalidCursorException;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;

/** Reading one page of a product list for a web page: a stale or garbled cursor starts the list again. */
final class Pages {

    static final int PRODUCTS_PER_PAGE = 12;

    private Pages() {
    }

    static Page<Product> products(Catalog catalog, ProductQuery query, String cursor) {
        try {
            return catalog.list(query, new PageRequest(PRODUCTS_PER_PAGE, cursor));
        } catch (InvalidCursorException e) {
            return catalog.list(query, PageRequest.first(PRODUCTS_PER_PAGE));
        }
    }
}
