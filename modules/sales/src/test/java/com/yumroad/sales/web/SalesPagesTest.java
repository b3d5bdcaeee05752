package com.yumroad.sales.web;

import com.yumroad.catalog.Product;
import com.yumroad.sales.Purchases;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import com.yumroad.sales.SalesFixture;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.sales.expiry.enabled", value = "false")
class SalesPagesTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SalesFixture fixture;
    @Inject
    Purchases purchases;
    @Inject
    Sales sales;

    SalesFixture.Seller seller;
    Product book;
    Product course;
    long bookSale;
    long courseSale;

    @BeforeAll
    void aSellerWithSales() {
        seller = fixture.seller("Margaret");
        book = fixture.product(seller, "Apollo Guidance Book", 1500);
        course = fixture.product(seller, "=HYPERLINK(\"x\") Course", 4000);
        bookSale = purchases.paid(book, "first@example.com");
        courseSale = purchases.paid(course, "second@example.com");
        purchases.pending(book, "undecided@example.com");
    }

    @Test
    void theSellerSeesTotalsTheChartAndEachSaleNewestFirst() {
        String page = seller().get("/dashboard/sales").body();

        assertThat(page).contains("Sales", "Today", "Last 30 days", "All time", "<svg", "revenue-chart",
                "<rect", "Revenue of the last 30 days in USD: $55.00 in total", "first@example.com",
                "second@example.com", "Apollo Guidance Book (1 sold)");
        assertThat(page).containsPattern("total-today\">\\$55\\.00").containsPattern("total-all\">\\$55\\.00");
        assertThat(page.indexOf("second@example.com")).isLessThan(page.indexOf("first@example.com"));
        assertThat(page).doesNotContain("undecided@example.com");
    }

    @Test
    void anotherSellerSeesNoneOfItAndCannotRefundIt() {
        SalesFixture.Seller other = fixture.seller("Nosy");
        WebSession nosy = new WebSession(client).logIn(other.email(), SalesFixture.PASSWORD);

        assertThat(nosy.get("/dashboard/sales").body()).contains("No sales yet").doesNotContain("first@example.com");
        assertThat(nosy.get("/dashboard/sales/" + bookSale + "/refund").code()).isEqualTo(403);
        assertThat(nosy.post("/dashboard/sales/" + bookSale + "/refund", Map.of()).code()).isEqualTo(403);
        assertThat(sales.find(bookSale).orElseThrow().status()).isEqualTo(SaleStatus.PAID);
    }

    @Test
    void filtersNarrowTheListAndABadDateIsShownBesideItsField() {
        WebSession me = seller();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        assertThat(me.get("/dashboard/sales?product=" + book.id()).body())
                .contains("first@example.com").doesNotContain("second@example.com");
        assertThat(me.get("/dashboard/sales?from=" + today + "&to=" + today).body())
                .contains("first@example.com", "second@example.com");
        assertThat(me.get("/dashboard/sales?to=2000-01-01").body()).contains("No sales match");

        HttpResponse<String> bad = me.get("/dashboard/sales?from=yesterday");
        assertThat(bad.code()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"from-error\"", "Enter a date like 2026-12-01", "value=\"yesterday\"");
    }

    @Test
    void theCsvHasEverySaleOfTheFilterWithFormulasDisarmed() {
        HttpResponse<String> csv = seller().get("/dashboard/sales/export.csv?product=" + course.id());

        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", "sales.csv");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).startsWith("order_id,paid_at,product_id,product,buyer_email,amount,currency,status")
                .contains(courseSale + ",", ",\"'=HYPERLINK(\"\"x\"\") Course\",second@example.com,40.00,USD,paid,");
    }

    @Test
    void aRefundAsksFirstThenRefundsAndTheReceiptShowsIt() {
        SalesFixture.Seller refunder = fixture.seller("Refunder");
        Product product = fixture.product(refunder, "Regrettable Purchase", 700);
        long sale = purchases.paid(product, "regret@example.com");
        WebSession me = new WebSession(client).logIn(refunder.email(), SalesFixture.PASSWORD);

        String confirm = me.get("/dashboard/sales/" + sale + "/refund").body();
        assertThat(confirm).contains("Refund $7.00?", "regret@example.com", "Yes, refund it", "Keep the sale");
        assertThat(sales.find(sale).orElseThrow().status()).isEqualTo(SaleStatus.PAID);

        HttpResponse<String> refunded = me.post("/dashboard/sales/" + sale + "/refund", Map.of());
        assertThat(refunded.code()).isEqualTo(303);
        assertThat(refunded.header("Location")).isEqualTo("/dashboard/sales");
        assertThat(me.get("/dashboard/sales").body()).contains("Refunded $7.00 to regret@example.com.", "Refunded");
        assertThat(new WebSession(client).get(sales.receiptPath(sale)).body())
                .contains("This purchase was refunded", "Refunded");

        HttpResponse<String> twice = me.post("/dashboard/sales/" + sale + "/refund", Map.of());
        assertThat(twice.code()).isEqualTo(303);
        assertThat(me.get("/dashboard/sales").body()).contains("This sale is already refunded.");
    }

    @Test
    void theSalesPageNeedsALogIn() {
        HttpResponse<String> answer = new WebSession(client).get("/dashboard/sales");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.header("Location")).startsWith("/login");
    }

    private WebSession seller() {
        return new WebSession(client).logIn(seller.email(), SalesFixture.PASSWORD);
    }
}
