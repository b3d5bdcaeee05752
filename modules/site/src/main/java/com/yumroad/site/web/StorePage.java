package com.yumroad.site.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.http.SharePreview;
import com.yumroad.kernel.http.SharedPages;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A store's public page with its product count, its products newest first, a page at a time: three statements
 * whatever the page size (the store, catalog's count, the page), and none for an anonymous visitor when this
 * instance keeps the page ({@link KeptStorePages}).
 */
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StorePage {

    private final Storefront storefront;
    private final Catalog catalog;
    private final SharePreviews previews;
    private final SharedPages shared;
    private final KeptStorePages kept;

    StorePage(Storefront storefront, Catalog catalog, SharePreviews previews, SharedPages shared, KeptStorePages kept) {
        this.shared = shared;
        this.kept = kept;
        this.storefront = storefront;
        this.catalog = catalog;
        this.previews = previews;
    }

    @Get(value = "/{slug}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(@PathVariable String slug, @QueryValue @Nullable String cursor,
                         @Nullable Authentication caller, HttpRequest<?> request) {
        boolean anonymous = caller == null && shared.shared(request);
        String base = anonymous ? shared.base(request) : null;
        KeptStorePages.Taken taken = null;
        if (anonymous) {
            byte[] page = kept.find(slug, cursor, base);
            if (page != null) {
                return shared.answer(page);
            }
            taken = kept.take(slug);
        }
        Store store = storefront.findBySlug(slug).orElseThrow(() -> new NotFoundException("Store", slug));
        Map<String, Object> model = new HashMap<>();
        model.put("store", CountedStore.of(store, catalog.productCounts(List.of(store.id()))));
        model.put("mine", store.ownerId() == Viewer.id(caller));
        Pages.Read<Product> read = Pages.read(catalog, ProductQuery.inStore(store.id()), cursor);
        Page<Product> page = read.page();
        model.put("page", page);
        model.put(SharePreview.MODEL_KEY, previews.store(request, store, page.items()));
        model.put("money", Prices.INSTANCE);
        if (taken != null) {
            // a garbled cursor shows the first page, and keeps it as the first page
            Consumer<byte[]> keeper = taken.keeper(store.id(), read.cursor(), base);
            if (keeper != null) {
                shared.keepWhenRendered(request, keeper);
            }
        }
        return HttpResponse.ok(new ModelAndView<>("site/store", model));
    }
}
