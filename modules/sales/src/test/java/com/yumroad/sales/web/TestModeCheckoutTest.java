package com.yumroad.sales.web;

import com.yumroad.catalog.Product;
import com.yumroad.sales.SaleEvents;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import com.yumroad.sales.SalesFixture;
import com.yumroad.sales.internal.OrderRepository;
import com.yumroad.sales.internal.OrderRow;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Comparator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.sales.expiry.enabled", value = "false")
class TestModeCheckoutTest implements FreshDatabase {

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

    Product product;

    @BeforeAll
    void aProduct() {
        product = fixture.product(fixture.seller("Hedy"), "Frequency Hopping Notes", 1250);
    }

    @Test
    void theTestCardPaysAndTheBuyerLandsOnTheReceiptMarkedTestMode() {
        WebSession buyer = new WebSession(client);
        assertThat(buyer.get("/checkout/" + product.id()).body())
                .contains("TEST MODE", "Frequency Hopping Notes", "$12.50", "Your email", "Continue to payment");

        HttpResponse<String> started = buyer.post("/checkout/" + product.id(), Map.of("email", "Fan@Example.com"));
        String payPage = started.header("Location");
        assertThat(started.code()).isEqualTo(303);
        assertThat(payPage).startsWith("/checkout/test/test_");
        assertThat(buyer.get(payPage).body()).contains("TEST MODE", "fan@example.com", "Pay $12.50 (test mode)");

        HttpResponse<String> paid = buyer.post(payPage, Map.of("card", "4242 4242 4242 4242"));
        OrderRow order = latestOrder();
        assertThat(paid.code()).isEqualTo(303);
        assertThat(paid.header("Location")).isEqualTo(sales.receiptPath(order.id()));
        assertThat(buyer.get(paid.header("Location")).body())
                .contains("TEST MODE", "Thank you for your purchase", "Frequency Hopping Notes", "Hedy&#39;s shop",
                        "$12.50", "Paid", "fan@example.com");

        HttpResponse<String> again = buyer.post(payPage, Map.of("card", "4242424242424242"));
        assertThat(again.code()).isEqualTo(303);
        assertThat(again.header("Location")).isEqualTo(sales.receiptPath(order.id()));
        assertThat(events.completed(order.id())).hasSize(1);
    }

    @Test
    void theDecliningCardLeavesNoPaidOrderAndAnUnknownCardChangesNothing() {
        WebSession buyer = new WebSession(client);
        String payPage = buyer.post("/checkout/" + product.id(), Map.of("email", "broke@example.com")).header("Location");

        HttpResponse<String> unknown = buyer.post(payPage, Map.of("card", "1234 5678 9012 3456"));
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(unknown.body()).contains("4242 4242 4242 4242 pays", "value=\"1234 5678 9012 3456\"");
        assertThat(latestOrder().saleStatus()).isEqualTo(SaleStatus.PENDING);

        HttpResponse<String> declined = buyer.post(payPage, Map.of("card", "4000 0000 0000 0002"));
        assertThat(declined.code()).isEqualTo(402);
        assertThat(declined.body()).contains("Your card was declined", "TEST MODE", "Try again");
        OrderRow order = latestOrder();
        assertThat(order.saleStatus()).isEqualTo(SaleStatus.DECLINED);

        assertThat(buyer.post(payPage, Map.of("card", "4242 4242 4242 4242")).code()).isEqualTo(200);
        assertThat(orders.findById(order.id()).orElseThrow().saleStatus()).isEqualTo(SaleStatus.DECLINED);
        assertThat(events.completed(order.id())).isEmpty();
        assertThat(buyer.get(sales.receiptPath(order.id())).body()).contains("No payment was taken", "Declined");
    }

    @Test
    void payWhatYouWantAsksForAnAmountAtLeastThePriceAndChargesIt() {
        Product pwyw = fixture.payWhatYouWant(fixture.seller("Grace"), "Compiler Zine", 500);
        WebSession buyer = new WebSession(client);
        assertThat(buyer.get("/products/" + pwyw.id()).body()).contains("$5.00+", "Pay what you want");
        assertThat(buyer.get("/checkout/" + pwyw.id()).body())
                .contains("Pay what you want (USD)", "name=\"amount\"", "value=\"5.00\"", "At least $5.00.");
        long before = orders.count();

        for (String typed : new String[] {"4.99", "lots", "", "1000000"}) {
            HttpResponse<String> refused = buyer.post("/checkout/" + pwyw.id(),
                    Map.of("email", "fan@example.com", "amount", typed));
            assertThat(refused.code()).as(typed).isEqualTo(422);
            assertThat(refused.body()).as(typed).contains("id=\"amount-error\"", "aria-invalid=\"true\"",
                    "value=\"" + typed + "\"", "value=\"fan@example.com\"");
        }
        assertThat(orders.count()).isEqualTo(before);

        HttpResponse<String> started = buyer.post("/checkout/" + pwyw.id(),
                Map.of("email", "fan@example.com", "amount", "12.34"));
        assertThat(started.code()).isEqualTo(303);
        assertThat(buyer.get(started.header("Location")).body()).contains("Pay $12.34 (test mode)");
        OrderRow order = latestOrder();
        assertThat(order.amountCents()).isEqualTo(1234);
        assertThat(order.listPriceCents()).isEqualTo(500);
    }

    @Test
    void aFixedPriceProductAsksForNoAmountAndIgnoresOne() {
        WebSession buyer = new WebSession(client);
        assertThat(buyer.get("/checkout/" + product.id()).body()).doesNotContain("name=\"amount\"");

        buyer.post("/checkout/" + product.id(), Map.of("email", "fixed@example.com", "amount", "99"));

        assertThat(latestOrder().amountCents()).isEqualTo(1250);
    }

    @Test
    void aBadEmailIsShownBesideItsFieldWithWhatWasTypedAndOpensNoOrder() {
        long before = orders.count();
        HttpResponse<String> answer = new WebSession(client).post("/checkout/" + product.id(),
                Map.of("email", "nobody-at-example"));

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"email-error\"", "Enter an email address like name@example.com",
                "value=\"nobody-at-example\"", "aria-invalid=\"true\"");
        assertThat(orders.count()).isEqualTo(before);
    }

    @Test
    void aCheckoutReferenceTheDatabaseCouldNotEvenCompareIsNotFound() {
        WebSession buyer = new WebSession(client);

        assertThat(buyer.get("/checkout/test/test_%00").code()).isEqualTo(404);
        assertThat(buyer.get("/checkout/test/test_%ED%A0%80").code()).isEqualTo(404);
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        WebSession buyer = new WebSession(client);
        buyer.get("/checkout/" + product.id());
        long before = orders.count();

        assertThat(buyer.postExactly("/checkout/" + product.id(), Map.of("email", "a@example.com")).code()).isEqualTo(403);
        assertThat(orders.count()).isEqualTo(before);
    }

    @Test
    void aFreeProductIsGotWithoutPaying() {
        Product free = fixture.product(fixture.seller("Giver"), "Free Wallpaper Pack", 0);
        WebSession buyer = new WebSession(client);
        assertThat(buyer.get("/checkout/" + free.id()).body()).contains("Free", "Get it free");

        HttpResponse<String> got = buyer.post("/checkout/" + free.id(), Map.of("email", "taker@example.com"));

        OrderRow order = latestOrder();
        assertThat(got.header("Location")).isEqualTo(sales.receiptPath(order.id()));
        assertThat(order.saleStatus()).isEqualTo(SaleStatus.PAID);
        assertThat(buyer.get(got.header("Location")).body()).contains("Free Wallpaper Pack", "$0.00", "Paid")
                .doesNotContain("TEST MODE");
    }

    @Test
    void aReceiptLinkWithAnotherSignatureOrAnUnknownTestCheckoutIsNotFound() {
        WebSession visitor = new WebSession(client);
        String receipt = sales.receiptPath(1);

        assertThat(visitor.get(receipt.substring(0, receipt.length() - 2) + "xx").code()).isEqualTo(404);
        assertThat(visitor.get("/receipts/1/short").code()).isEqualTo(404);
        assertThat(visitor.get("/checkout/test/test_guessed").code()).isEqualTo(404);
        assertThat(visitor.get("/checkout/999999").code()).isEqualTo(404);
    }

    private OrderRow latestOrder() {
        return orders.findAll().stream().max(Comparator.comparing(OrderRow::id)).orElseThrow();
    }
}
