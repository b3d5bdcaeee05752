package com.yumroad.site.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.text.Text;
import io.micronaut.core.annotation.Nullable;
import com.yumroad.kernel.http.SharePreview;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** Every store's products with one tag, newest first, a page at a time. */
@Controller("/tags")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TagPage {

    private final Catalog catalog;
    private final SharePreviews previews;

    TagPage(Catalog catalog, SharePreviews previews) {
        this.catalog = catalog;
        this.previews = previews;
    }

    @Get(value = "/{name}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable String name, @QueryValue @Nullable String cursor,
                                           HttpRequest<?> request) {
        String tag = Text.folded(name);
        if (!Text.isSearchable(tag)) {
            throw new NotFoundException("Tag", "with this name"); // no tag can hold control characters
        }
        Map<String, Object> model = new HashMap<>();
        model.put("tag", tag);
        model.put("page", Pages.products(catalog, ProductQuery.taggedWith(tag), cursor));
        model.put("money", Prices.INSTANCE);
        model.put(SharePreview.MODEL_KEY, previews.page(request, "Products tagged " + tag,
                "Products tagged " + tag + " from every store on Yumroad", "/tags/" + UriEscaper.segment(tag)));
        return new ModelAndView<>("site/tag", model);
    }
}
