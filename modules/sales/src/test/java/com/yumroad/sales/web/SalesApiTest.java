package com.yumroad.sales.web;

import com.yumroad.catalog.Product;
import com.yumroad.sales.Purchases;
import com.yumroad.sales.SaleEvents;
import com.yumroad.sales.SalesFixture;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesApiTest implements FreshDatabase {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SalesFixture fixture;
    @Inject
    Purchases purchases;
    @Inject
    SaleEvents events;

    SalesFixture.Seller seller;
    Product product;
    String token;
    List<Long> sold = new ArrayList<>();

    @BeforeAll
    void aSellerWithFiveSales() {
        seller = fixture.seller("Api Seller");
        product = fixture.product(seller, "Integration Guide", 2500);
        for (int i = 0; i < 5; i++) {
            sold.add(purchases.paid(product, "buyer" + i + "@example.com"));
        }
        token = token(seller.email());
    }

    @Test
    void theSellerPagesThroughTheirSalesNewestFirstWithCursors() {
        Map<String, Object> first = call(HttpRequest.GET("/api/v1/sales?limit=3"), token).body();
        @SuppressWarnings("unchecked") List<Map<String, Object>> items = (List<Map<String, Object>>) first.get("items");
        assertThat(items).extracting(i -> ((Number) i.get("id")).longValue())
                .containsExactly(sold.get(4), sold.get(3), sold.get(2));
        assertThat(items.get(0)).containsEntry("productName", "Integration Guide").containsEntry("amountCents", 2500)
                .containsEntry("currency", "USD").containsEntry("status", "paid").containsEntry("paymentMode", "test")
                .containsEntry("buyerEmail", "buyer4@example.com").containsEntry("refundedAt", null)
                .containsKeys("createdAt", "paidAt", "listPriceCents", "productId");

        Map<String, Object> second = call(HttpRequest.GET("/api/v1/sales?limit=3&cursor=" + first.get("nextCursor")),
                token).body();
        assertThat((List<?>) second.get("items")).hasSize(2);
        assertThat(second.get("nextCursor")).isNull();
    }

    @Test
    void badPagingAndFiltersAreProblems() {
        assertThat(status(HttpRequest.GET("/api/v1/sales?limit=0"), token)).isEqualTo(422);
        assertThat(status(HttpRequest.GET("/api/v1/sales?cursor=garbled"), token)).isEqualTo(400);
        assertThat(status(HttpRequest.GET("/api/v1/sales?from=yesterday"), token)).isEqualTo(422);
        assertThat(status(HttpRequest.GET("/api/v1/sales?product=abc"), token)).isEqualTo(400);
        String otherFilter = (String) call(HttpRequest.GET("/api/v1/sales?limit=1&product=" + product.id()), token)
                .body().get("nextCursor");
        assertThat(status(HttpRequest.GET("/api/v1/sales?limit=1&cursor=" + otherFilter), token)).isEqualTo(400);
    }

    @Test
    void aSaleIsItsSellersOnly() {
        long sale = sold.get(0);
        String stranger = token(fixture.seller("Stranger").email());

        assertThat(call(HttpRequest.GET("/api/v1/sales/" + sale), token).body()).containsEntry("id", (int) sale);
        assertThat(status(HttpRequest.GET("/api/v1/sales/" + sale), null)).isEqualTo(401);
        assertThat(status(HttpRequest.GET("/api/v1/sales/" + sale), stranger)).isEqualTo(403);
        assertThat(status(HttpRequest.POST("/api/v1/sales/" + sale + "/refund", ""), stranger)).isEqualTo(403);
        assertThat(status(HttpRequest.GET("/api/v1/sales/987654"), token)).isEqualTo(404);
        assertThat(status(HttpRequest.GET("/api/v1/sales/" + purchases.pending(product, "p@example.com")), token))
                .isEqualTo(404);
        assertThat((List<?>) call(HttpRequest.GET("/api/v1/sales"), stranger).body().get("items")).isEmpty();
    }

    @Test
    void aRefundAnswersTheRefundedSaleOnceAndConflictAfter() {
        long sale = purchases.paid(product, "refund-me@example.com");

        HttpResponse<Map<String, Object>> refunded = call(HttpRequest.POST("/api/v1/sales/" + sale + "/refund", ""), token);
        assertThat(refunded.body()).containsEntry("status", "refunded");
        assertThat(refunded.body().get("refundedAt")).isNotNull();

        HttpClientResponseException again = problem(HttpRequest.POST("/api/v1/sales/" + sale + "/refund", ""), token);
        assertThat(again.getStatus().getCode()).isEqualTo(409);
        assertThat(again.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(again.getResponse().getBody(String.class).orElseThrow()).contains("already refunded");
        assertThat(events.refunded(sale)).hasSize(1);
    }

    private String token(String email) {
        return (String) client.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", email, "password", SalesFixture.PASSWORD)), JSON).get("accessToken");
    }

    private HttpResponse<Map<String, Object>> call(MutableHttpRequest<?> request, String bearer) {
        return client.toBlocking().exchange(request.bearerAuth(bearer), JSON);
    }

    private int status(MutableHttpRequest<?> request, String bearer) {
        try {
            MutableHttpRequest<?> sent = bearer == null ? request : request.bearerAuth(bearer);
            return client.toBlocking().exchange(sent, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private HttpClientResponseException problem(MutableHttpRequest<?> request, String bearer) {
        try {
            client.toBlocking().exchange(request.bearerAuth(bearer), String.class);
            throw new AssertionError("expected an error answer");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }
}
