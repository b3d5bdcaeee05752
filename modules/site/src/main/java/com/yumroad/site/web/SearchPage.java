package com.yumroad.site.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.http.SharePreview;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.text.Text;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * What the header's search box finds: products of every store that match the words, best match first, a page at a
 * time (catalog's full-text search, the same as {@code GET /api/v1/products?q=}). Four statements whatever the page
 * size; none without words.
 */
@Controller("/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchPage {

    private final Catalog catalog;
    private final SharePreviews previews;

    SearchPage(Catalog catalog, SharePreviews previews) {
        this.catalog = catalog;
        this.previews = previews;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@QueryValue @Nullable String q, @QueryValue @Nullable String cursor,
                                           HttpRequest<?> request) {
        String words = q == null ? "" : Text.line(q);
        Map<String, Object> model = new HashMap<>();
        model.put("searchQuery", words);
        model.put("money", Prices.INSTANCE);
        if (!words.isEmpty()) {
            try {
                Page<Product> page = Pages.products(catalog, ProductQuery.matching(words), cursor);
                model.put("page", page);
            } catch (InvalidInputException e) {
                model.put("problem", e.errors().get(0).message());
            }
        }
        model.put(SharePreview.MODEL_KEY, previews.page(request, words.isEmpty() ? "Search" : "Search: " + words,
                "Products from every store on Yumroad", "/search"));
        return new ModelAndView<>("site/search", model);
    }
}
