package com.yumroad.sales.web;

import com.yumroad.catalog.Product;
import com.yumroad.sales.Purchases;
import com.yumroad.sales.SalesFixture;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements per request, exactly, whatever the page size: the sales list (API and page) and the checkout. After-
 * commit deliveries are switched off so that only the request's own statements count.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.events.dispatch-after-commit", value = "false")
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
@Property(name = "yumroad.sales.expiry.enabled", value = "false")
class SalesStatementBudgetTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    StatementCounter statements;
    @Inject
    SalesFixture fixture;
    @Inject
    Purchases purchases;

    SalesFixture.Seller seller;
    Product product;
    String token;

    @BeforeAll
    void aSellerWithThirtySales() {
        seller = fixture.seller("Counted");
        product = fixture.product(seller, "Counted Product", 300);
        Product other = fixture.product(seller, "Other Product", 500);
        for (int i = 0; i < 30; i++) {
            purchases.paid(i % 2 == 0 ? product : other, "b" + i + "@example.com");
        }
        token = (String) client.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", seller.email(), "password", SalesFixture.PASSWORD)),
                Argument.mapOf(String.class, Object.class)).get("accessToken");
    }

    @Test
    void aPageOfSalesCostsOneStatementWhateverItsSize() {
        assertThat(apiList(1)).isEqualTo(1);
        assertThat(apiList(30)).isEqualTo(1);
    }

    @Test
    void theSalesPageCostsTheSameWhateverItShows() {
        WebSession me = new WebSession(client).logIn(seller.email(), SalesFixture.PASSWORD);
        long all = statements.count(() -> {
            me.get("/dashboard/sales");
        });
        long one = statements.count(() -> {
            me.get("/dashboard/sales?product=" + product.id() + "&to=2000-01-01");
        });

        assertThat(all).isEqualTo(4); // the page of sales, totals, the 30 days, the products sold
        assertThat(one).isEqualTo(all);
    }

    @Test
    void aCheckoutCostsAFixedNumberOfStatements() {
        WebSession buyer = new WebSession(client);
        buyer.get("/checkout/" + product.id());

        long checkout = statements.count(() -> {
            buyer.post("/checkout/" + product.id(), Map.of("email", "x@example.com"));
        });
        long again = statements.count(() -> {
            buyer.post("/checkout/" + product.id(), Map.of("email", "y@example.com"));
        });

        assertThat(checkout).isEqualTo(again);
        // the order and its payment reference; the product is remembered from the checkout page (catalog's cache)
        assertThat(checkout).isEqualTo(2);
    }

    private long apiList(int limit) {
        return statements.count(() -> {
            client.toBlocking().exchange(HttpRequest.GET("/api/v1/sales?limit=" + limit).bearerAuth(token), String.class);
        });
    }
}
