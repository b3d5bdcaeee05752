package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Storefront's store with catalog's count of its products, put together here: pages and the API agree. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class StoreCountsTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;

    @Test
    void aStoreShowsHowManyProductsItHoldsOnItsPageTheLandingPageTheDashboardAndTheApi() {
        long owner = accounts.register(new Registration("counted@example.com", "Counted", "correct horse")).id();
        Store store = storefront.open(owner, new NewStore("Counted Goods", null));
        long first = catalog.create(owner, new NewProduct("First good", "", 100L, List.of())).id();
        catalog.create(owner, new NewProduct("Second good", "", 100L, List.of()));
        assertShown(store, "counted@example.com", 2, "2 products");

        catalog.remove(first, owner);
        assertShown(store, "counted@example.com", 1, "1 product");
    }

    @Test
    void aNewStoreIsFeaturedWithNoProducts() {
        long owner = accounts.register(new Registration("empty@example.com", "Empty", "correct horse")).id();
        Store store = storefront.open(owner, new NewStore("Empty Shelves", null));

        assertThat(new WebSession(client).get("/").body()).contains("Empty Shelves");
        assertThat(api("/api/v1/stores/" + store.id())).containsEntry("productCount", 0);
    }

    private void assertShown(Store store, String ownerEmail, int count, String text) {
        WebSession visitor = new WebSession(client);
        assertThat(visitor.get("/s/" + store.slug()).body()).contains(">" + text + "<");
        assertThat(visitor.get("/").body()).contains(">" + text + "<");
        assertThat(api("/api/v1/stores/" + store.id())).containsEntry("productCount", count);
        assertThat(api("/api/v1/stores?slug=" + store.slug()).get("items").toString())
                .contains("productCount=" + count);
        String dashboard = new WebSession(client).logIn(ownerEmail, "correct horse").get("/dashboard").body();
        assertThat(dashboard).contains(">" + count + "</p>");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> api(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
    }
}
