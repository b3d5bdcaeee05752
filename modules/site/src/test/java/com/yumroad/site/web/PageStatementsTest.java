package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import com.yumroad.testing.WebSession;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Page views cost a fixed number of SQL statements, however many stores, products and tags they show. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Deliveries of after-commit events run on other threads at their own time: keep them out of the counts.
@Property(name = "yumroad.events.dispatch-after-commit", value = "false")
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
class PageStatementsTest implements FreshDatabase {

    /** Store by slug, its product count (catalog's), then a page of products with their names and tags. */
    private static final long STORE_PAGE = 3;
    /**
     * The most stocked stores with their counts (catalog), their names (storefront), their newest products with
     * their names and tags; the popular tags.
     */
    private static final long LANDING_PAGE = 4;
    /** The matching products with their names and tags. */
    private static final long SEARCH_PAGE = 1;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    StatementCounter statements;
    /** Made before counting: its LISTENs on first use are not the page's statements. */
    @Inject
    KeptStorePages keptStorePages;

    @Test
    void theStorePageCostsTheSameForOneProductAndForAFullPage() {
        Store small = storeWithProducts(1);
        Store big = storeWithProducts(30);

        long forSmall = statementsFor("/s/" + small.slug(), "Product 0");
        long forBig = statementsFor("/s/" + big.slug(), "Product 29");

        assertThat(forSmall).isEqualTo(STORE_PAGE);
        assertThat(forBig).isEqualTo(STORE_PAGE);
    }

    @Test
    void theLandingPageCostsTheSameForTwoStoresAndForManyStoresWithManyProducts() {
        for (int i = 0; i < 2; i++) {
            storeWithProducts(1);
        }
        long forTwo = statementsFor("/", "Featured stores");
        for (int i = 0; i < 8; i++) {
            storeWithProducts(5);
        }
        long forMany = statementsFor("/", "Product 4");

        assertThat(forTwo).isEqualTo(LANDING_PAGE);
        assertThat(forMany).isEqualTo(LANDING_PAGE);
    }

    @Test
    void theSearchPageCostsTheSameForOneMatchAndForAFullPage() {
        storeWithProducts(1, "Lonely");
        storeWithProducts(30, "Crowded");

        long forOne = statementsFor("/search?q=lonely", "Lonely 0");
        long forMany = statementsFor("/search?q=crowded", "Crowded 29");

        assertThat(forOne).isEqualTo(SEARCH_PAGE);
        assertThat(forMany).isEqualTo(SEARCH_PAGE);
    }

    private long statementsFor(String path, String expectedText) {
        WebSession visitor = new WebSession(client);
        StatementCounter.Counted<HttpResponse<String>> page = statements.count(() -> visitor.get(path));
        assertThat(page.result().code()).isEqualTo(200);
        assertThat(page.result().body()).contains(expectedText);
        return page.statements();
    }

    private Store storeWithProducts(int products) {
        return storeWithProducts(products, "Product");
    }

    private Store storeWithProducts(int products, String productName) {
        String name = "Seller " + UUID.randomUUID().toString().substring(0, 8);
        long owner = accounts.register(new Registration(UUID.randomUUID() + "@example.com", name, "correct horse")).id();
        Store store = storefront.open(owner, new NewStore(name + " store", null));
        for (int p = 0; p < products; p++) {
            catalog.create(owner, new NewProduct(productName + " " + p, "", 100L + p, List.of("tag" + p % 4, "shared")));
        }
        return storefront.find(store.id()).orElseThrow();
    }
}
