package com.yumroad.platform.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleQuery;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A sale in test mode, in a real browser: the visitor buys, the seller sees and refunds it, the receipt says so. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaleBrowserTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";

    @Inject
    EmbeddedServer server;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    Sales sales;
    Chromium browser;
    long seller;
    Product product;

    @BeforeAll
    void aSellerWithAProductAndABrowser() {
        seller = accounts.register(new Registration("maker@example.com", "Maker", PASSWORD)).id();
        storefront.open(seller, new NewStore("Maker's Brushes", null));
        product = catalog.create(seller, new NewProduct("Watercolour Brush Set", "Twelve brushes.", 1250L, List.of()));
        browser = Chromium.open(server);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void loggedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aVisitorBuysInTestModeTheSellerRefundsAndTheReceiptShowsTheRefund() {
        browser.go("/products/" + product.id());
        browser.follow("a.buy");
        assertThat(browser.body()).contains("TEST MODE", "Watercolour Brush Set", "$12.50");
        browser.type("#email", "visitor@example.com");
        browser.screenshot("checkout");
        browser.follow("main form button[type=submit]");

        assertThat(browser.path()).startsWith("/checkout/test/");
        assertThat(browser.body()).contains("TEST MODE", "visitor@example.com", "Pay $12.50 (test mode)");
        browser.type("#card", "4242 4242 4242 4242");
        browser.screenshot("test-checkout");
        browser.follow("main form button[type=submit]");

        assertThat(browser.path()).startsWith("/receipts/");
        assertThat(browser.body()).contains("Thank you for your purchase", "Watercolour Brush Set", "Maker's Brushes",
                "$12.50", "Paid", "TEST MODE");
        String receipt = browser.path();
        browser.screenshot("receipt");

        logIn("maker@example.com");
        browser.go("/dashboard");
        browser.follow("a[href='/dashboard/sales']");
        assertThat(browser.body()).contains("visitor@example.com", "Watercolour Brush Set", "$12.50", "Paid");
        browser.screenshot("sales");
        browser.follow("a[href$='/refund']");
        assertThat(browser.text("h1")).isEqualTo("Refund $12.50?");
        browser.screenshot("refund");
        browser.follow("main form button.btn-danger");

        assertThat(browser.path()).isEqualTo("/dashboard/sales");
        assertThat(browser.text("#flash")).contains("Refunded $12.50 to visitor@example.com.");
        assertThat(browser.text(".sales-list")).contains("Refunded");

        browser.driver().manage().deleteAllCookies();
        browser.go(receipt);
        assertThat(browser.body()).contains("This purchase was refunded", "Refunded");
        browser.screenshot("receipt-refunded");
    }

    @Test
    void aDeclinedCardLeavesNoPaidOrder() {
        List<Long> before = sales.list(SaleQuery.of(seller), PageRequest.first(100)).items().stream().map(Sale::id).toList();
        browser.go("/checkout/" + product.id());
        browser.type("#email", "unlucky@example.com");
        browser.follow("main form button[type=submit]");
        browser.type("#card", "4000 0000 0000 0002");
        browser.follow("main form button[type=submit]");

        assertThat(browser.body()).contains("Your card was declined", "TEST MODE");
        browser.screenshot("declined");
        assertThat(sales.list(SaleQuery.of(seller), PageRequest.first(100)).items())
                .filteredOn(sale -> !before.contains(sale.id())).isEmpty();
        assertThat(sales.list(SaleQuery.of(seller), PageRequest.first(100)).items())
                .noneMatch(sale -> sale.buyerEmail().equals("unlucky@example.com") && sale.status() == SaleStatus.PAID);
    }

    private void logIn(String email) {
        browser.go("/login");
        browser.type("#email", email);
        browser.type("#password", PASSWORD);
        browser.follow("form[action='/login'] button[type=submit]");
    }
}
