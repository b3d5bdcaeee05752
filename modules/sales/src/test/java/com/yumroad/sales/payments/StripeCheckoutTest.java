package com.yumroad.sales.payments;

import com.yumroad.catalog.Product;
import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleEvents;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import com.yumroad.sales.SalesFixture;
import com.yumroad.sales.internal.OrderRepository;
import com.yumroad.sales.internal.OrderRow;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Stripe adapter end to end against a local server that speaks Stripe's API, and webhooks signed as Stripe
 * signs them: good, forged, replayed too late, duplicated (also at the same time), and racing the buyer's return.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripeCheckoutTest implements FreshDatabase {

    private static final String WEBHOOK_SECRET = "whsec_test_secret";
    private static final FakeStripe STRIPE = new FakeStripe();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SalesFixture fixture;
    @Inject
    OrderRepository orders;
    @Inject
    Sales sales;
    @Inject
    SaleEvents events;

    SalesFixture.Seller seller;
    Product product;

    @Override
    @NonNull
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("yumroad.sales.stripe.secret-key", "sk_test_fake");
        properties.put("yumroad.sales.stripe.webhook-secret", WEBHOOK_SECRET);
        properties.put("yumroad.sales.stripe.api-base", STRIPE.url());
        properties.put("yumroad.sales.expiry.enabled", "false");
        properties.put("micronaut.http.client.follow-redirects", "false");
        return properties;
    }

    @BeforeAll
    void aSellerWithAProduct() {
        seller = fixture.seller("Stripe Seller");
        product = fixture.product(seller, "Typography Course", 4900);
    }

    @AfterAll
    void stopStripe() {
        STRIPE.close();
    }

    @Test
    void checkoutOpensOneCheckoutSessionAndSendsTheBuyerToStripe() {
        HttpResponse<String> answer = checkout("Reader@Example.com");

        OrderRow order = latestOrder();
        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("https://checkout.stripe.test/c/pay/" + order.paymentReference());
        FakeStripe.Request created = STRIPE.requests("POST", "/v1/checkout/sessions").stream()
                .filter(r -> r.form().get("client_reference_id").equals(order.id().toString())).findFirst().orElseThrow();
        assertThat(created.authorization()).isEqualTo("Bearer sk_test_fake");
        assertThat(created.idempotencyKey()).isEqualTo("yumroad-order-" + order.id() + "-checkout");
        assertThat(created.form()).containsEntry("mode", "payment")
                .containsEntry("customer_email", "reader@example.com")
                .containsEntry("metadata[order_id]", order.id().toString())
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("line_items[0][price_data][unit_amount]", "4900")
                .containsEntry("line_items[0][price_data][product_data][name]", "Typography Course")
                .containsEntry("expires_at", Long.toString(order.expiresAt().getEpochSecond()));
        assertThat(created.form().get("success_url")).endsWith(sales.receiptPath(order.id()));
        assertThat(order.paymentProvider()).isEqualTo("stripe");
        assertThat(order.saleStatus()).isEqualTo(SaleStatus.PENDING);
    }

    @Test
    void aSignedCompletedWebhookPaysTheOrderOnceHoweverOftenItArrives() throws Exception {
        checkout("twice@example.com");
        OrderRow order = latestOrder();
        STRIPE.pay(order.paymentReference(), "pi_twice");
        String event = StripeSignatures.event("evt_twice", "checkout.session.completed",
                STRIPE.sessionJson(order.paymentReference()));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            deliveries.add(pool.submit(() -> webhook(event, StripeSignatures.sign(event, WEBHOOK_SECRET, Instant.now()))));
        }
        for (Future<Integer> delivery : deliveries) {
            assertThat(delivery.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(webhook(event, StripeSignatures.sign(event, WEBHOOK_SECRET, Instant.now()))).isEqualTo(200);

        Sale sale = sales.find(order.id()).orElseThrow();
        assertThat(sale.status()).isEqualTo(SaleStatus.PAID);
        assertThat(orders.findById(order.id()).orElseThrow().paymentId()).isEqualTo("pi_twice");
        assertThat(events.completed(order.id())).hasSize(1);
    }

    @Test
    void aForgedOrTamperedSignatureIsRefusedAndChangesNothing() {
        checkout("forged@example.com");
        OrderRow order = latestOrder();
        STRIPE.pay(order.paymentReference(), "pi_forged");
        String event = StripeSignatures.event("evt_forged", "checkout.session.completed",
                STRIPE.sessionJson(order.paymentReference()));

        assertThat(webhook(event, StripeSignatures.sign(event, "whsec_someone_else", Instant.now()))).isEqualTo(400);
        assertThat(webhook(event.replace("4900", "4901"), StripeSignatures.sign(event, WEBHOOK_SECRET, Instant.now())))
                .isEqualTo(400);
        assertThat(webhook(event, null)).isEqualTo(400);
        assertThat(webhook(event, "t=1,v1=00")).isEqualTo(400);

        assertThat(sales.find(order.id()).orElseThrow().status()).isEqualTo(SaleStatus.PENDING);
        assertThat(events.completed(order.id())).isEmpty();
    }

    @Test
    void aGenuineEventReplayedAfterTheToleranceIsRefused() {
        checkout("replayed@example.com");
        OrderRow order = latestOrder();
        STRIPE.pay(order.paymentReference(), "pi_replayed");
        String event = StripeSignatures.event("evt_replayed", "checkout.session.completed",
                STRIPE.sessionJson(order.paymentReference()));

        assertThat(webhook(event, StripeSignatures.sign(event, WEBHOOK_SECRET, Instant.now().minusSeconds(301))))
                .isEqualTo(400);

        assertThat(sales.find(order.id()).orElseThrow().status()).isEqualTo(SaleStatus.PENDING);
    }

    @Test
    void aCompletedSessionForAnotherAmountPaysNothing() {
        checkout("cheat@example.com");
        OrderRow order = latestOrder();
        STRIPE.pay(order.paymentReference(), "pi_cheat");
        String session = STRIPE.sessionJson(order.paymentReference()).replace("\"amount_total\":4900", "\"amount_total\":100");
        String event = StripeSignatures.event("evt_cheat", "checkout.session.completed", session);

        assertThat(webhook(event, StripeSignatures.sign(event, WEBHOOK_SECRET, Instant.now()))).isEqualTo(200);

        assertThat(sales.find(order.id()).orElseThrow().status()).isEqualTo(SaleStatus.PENDING);
    }

    @Test
    void theBuyersReturnRacingTheWebhookMakesOneSale() {
        WebSession buyer = new WebSession(client);
        checkout("racer@example.com");
        OrderRow order = latestOrder();
        String receipt = sales.receiptPath(order.id());
        assertThat(buyer.get(receipt).body()).contains("being confirmed");

        STRIPE.pay(order.paymentReference(), "pi_racer");
        String page = buyer.get(receipt).body();
        String event = StripeSignatures.event("evt_racer", "checkout.session.completed",
                STRIPE.sessionJson(order.paymentReference()));
        int webhook = webhook(event, StripeSignatures.sign(event, WEBHOOK_SECRET, Instant.now()));

        assertThat(page).contains("Thank you for your purchase", "Typography Course", "$49.00", "Paid");
        assertThat(webhook).isEqualTo(200);
        assertThat(events.completed(order.id())).hasSize(1);
    }

    @Test
    void expiredAndFailedSessionsCloseTheOrder() {
        checkout("late@example.com");
        OrderRow late = latestOrder();
        checkout("failing@example.com");
        OrderRow failing = latestOrder();
        String expired = StripeSignatures.event("evt_exp", "checkout.session.expired", STRIPE.sessionJson(late.paymentReference()));
        String failed = StripeSignatures.event("evt_fail", "checkout.session.async_payment_failed",
                STRIPE.sessionJson(failing.paymentReference()));

        assertThat(webhook(expired, StripeSignatures.sign(expired, WEBHOOK_SECRET, Instant.now()))).isEqualTo(200);
        assertThat(webhook(failed, StripeSignatures.sign(failed, WEBHOOK_SECRET, Instant.now()))).isEqualTo(200);

        assertThat(sales.find(late.id()).orElseThrow().status()).isEqualTo(SaleStatus.EXPIRED);
        assertThat(sales.find(failing.id()).orElseThrow().status()).isEqualTo(SaleStatus.DECLINED);
    }

    @Test
    void aRefundGoesThroughStripesRefundsApiWithTheOrdersIdempotencyKey() {
        checkout("refund@example.com");
        OrderRow order = latestOrder();
        STRIPE.pay(order.paymentReference(), "pi_refund_me");
        String event = StripeSignatures.event("evt_refund", "checkout.session.completed",
                STRIPE.sessionJson(order.paymentReference()));
        webhook(event, StripeSignatures.sign(event, WEBHOOK_SECRET, Instant.now()));

        Sale refunded = sales.refund(order.id(), seller.id());

        assertThat(refunded.status()).isEqualTo(SaleStatus.REFUNDED);
        assertThat(STRIPE.requests("POST", "/v1/refunds")).filteredOn(r -> "pi_refund_me".equals(r.form().get("payment_intent")))
                .singleElement().satisfies(r -> assertThat(r.idempotencyKey()).isEqualTo("yumroad-order-" + order.id() + "-refund"));
        assertThat(events.refunded(order.id())).hasSize(1);
    }

    @Test
    void whenStripeRefusesTheSessionTheBuyerIsToldAndTheOrderCloses() {
        STRIPE.failNext(400);

        HttpResponse<String> answer = checkout("refused@example.com");

        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.body()).contains("The payment could not be started", "refused@example.com");
        assertThat(latestOrder().saleStatus()).isEqualTo(SaleStatus.EXPIRED);
    }

    private HttpResponse<String> checkout(String email) {
        return new WebSession(client).post("/checkout/" + product.id(), Map.of("email", email));
    }

    private OrderRow latestOrder() {
        return orders.findAll().stream().max(java.util.Comparator.comparing(OrderRow::id)).orElseThrow();
    }

    private int webhook(String payload, String signature) {
        var request = HttpRequest.POST("/webhooks/stripe", payload).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
