package com.yumroad.site.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.StoreProductCount;
import com.yumroad.catalog.TagCount;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import com.yumroad.kernel.http.SharePreview;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The landing page: what Yumroad is, featured stores with a few of their products, popular tags. Catalog ranks the
 * stores by their products, storefront names them; four statements however many stores and products there are.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LandingPage {

    static final int FEATURED_STORES = 6;
    static final int PRODUCTS_PER_STORE = 3;
    static final int TAGS = 12;

    private final Storefront storefront;
    private final Catalog catalog;
    private final SharePreviews previews;

    LandingPage(Storefront storefront, Catalog catalog, SharePreviews previews) {
        this.storefront = storefront;
        this.catalog = catalog;
        this.previews = previews;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        List<StoreProductCount> ranked = catalog.mostStocked(FEATURED_STORES);
        List<Long> ids = ranked.stream().map(StoreProductCount::storeId).toList();
        Map<Long, Store> stores = storefront.stores(ids);
        List<CountedStore> featured = ranked.stream().filter(c -> stores.containsKey(c.storeId()))
                .map(c -> CountedStore.of(stores.get(c.storeId()), c.productCount())).toList();
        Map<Long, List<Product>> products = catalog.newestInStores(ids, PRODUCTS_PER_STORE);
        List<TagCount> tags = catalog.popularTags(TAGS);
        Map<String, Object> model = new HashMap<>();
        model.put("featured", featured);
        model.put("products", products);
        model.put("tags", tags);
        model.put("money", Prices.INSTANCE);
        model.put(SharePreview.MODEL_KEY, previews.page(request, "Yumroad",
                "Creators open a store and sell what they make: e-books, brushes, courses.", "/"));
        return new ModelAndView<>("site/landing", model);
    }
}
