package com.yumroad.site.web;

import com.yumroad.accounts.EmailAddresses;
import com.yumroad.activity.StoreActivity;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.sales.Sales;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.util.Optional;

/**
 * The owner's home: their store, their products with tags, prices and paid sales (one statement for the page, from
 * sales), and quick stats with the store's recent activity (the feed that durable after-commit listeners keep: it
 * may trail a change by a moment). An owner whose address is not confirmed can sell all the same; the page says so.
 */
@Controller("/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardPage {

    private static final int RECENT = 5;

    private final Storefront storefront;
    private final Catalog catalog;
    private final StoreActivity activity;
    private final Sales sales;
    private final EmailAddresses addresses;

    DashboardPage(Storefront storefront, Catalog catalog, StoreActivity activity, Sales sales,
                  EmailAddresses addresses) {
        this.sales = sales;
        this.addresses = addresses;
        this.storefront = storefront;
        this.catalog = catalog;
        this.activity = activity;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@QueryValue @Nullable String cursor, Authentication caller) {
        long userId = CurrentUser.id(caller);
        Optional<Store> store = storefront.ofOwner(userId);
        Map<String, Object> model = new HashMap<>();
        model.put("money", Prices.INSTANCE);
        model.put("unconfirmedEmail", !addresses.isVerified(userId));
        store.ifPresent(mine -> {
            Page<Product> page = Pages.products(catalog, ProductQuery.inStore(mine.id()), cursor);
            model.put("store", CountedStore.of(mine, catalog.productCounts(List.of(mine.id()))));
            model.put("page", page);
            model.put("sales", sales.paidSalesCounts(page.items().stream().map(Product::id).toList()));
            model.put("recent", activity.of(mine.id(), userId, PageRequest.first(RECENT)).items());
        });
        return new ModelAndView<>("site/dashboard", model);
    }
}
