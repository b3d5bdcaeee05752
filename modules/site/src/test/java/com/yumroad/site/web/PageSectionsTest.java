package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.ProductFile;
import com.yumroad.notifications.MailPreferences;
import com.yumroad.sales.Sales;
import com.yumroad.sales.internal.CheckoutRequest;
import com.yumroad.sales.internal.Checkouts;
import com.yumroad.sales.internal.OrderTransitions;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
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

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sections site composes into pages of the modules below it: delivery's files on sales' receipt, notifications'
 * mail settings on accounts' account page (neither page's module knows the module that fills it in).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class PageSectionsTest implements FreshDatabase {

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
    ProductContent content;
    @Inject
    Checkouts checkouts;
    @Inject
    OrderTransitions transitions;
    @Inject
    Sales sales;
    @Inject
    MailPreferences preferences;

    long seller;
    long product;
    ProductFile file;

    @BeforeAll
    void aProductWithAFile() {
        seller = accounts.register(new Registration("seller@example.com", "Seller", "correct horse")).id();
        storefront.open(seller, new NewStore("Books", null));
        product = catalog.create(seller, new NewProduct("Free book", "", 0L, List.of())).id();
        file = content.addFile(product, seller, "book.pdf", "application/pdf",
                new ByteArrayInputStream(new byte[300_000]));
    }

    @Test
    void thePaidReceiptListsTheFilesWithTheirLinks() {
        long order = buy();

        String page = client.toBlocking().retrieve(sales.receiptPath(order));

        assertThat(page).contains("Thank you for your purchase", "Your files", ">book.pdf</a>", "293 KB",
                "/downloads/" + order + "/" + file.id() + "/");
    }

    @Test
    void aRefundedReceiptListsNoFiles() {
        long order = buy();
        transitions.refunded(order);

        String page = client.toBlocking().retrieve(sales.receiptPath(order));

        assertThat(page).contains("This purchase was refunded").doesNotContain("Your files", "book.pdf", "/downloads/");
    }

    @Test
    void theAccountPageShowsTheMailSettingAndItsFormTurnsSaleNoticesOff() {
        WebSession account = new WebSession(client).logIn("seller@example.com", "correct horse");
        assertThat(account.get("/account").body()).contains("Your name", "Mail me for each sale")
                .containsPattern("id=\"saleNotices\"[^>]*checked");

        HttpResponse<String> off = account.post("/account/notifications", Map.of());

        assertThat(off.code()).isEqualTo(303);
        assertThat(preferences.wantsSaleNotices(seller)).isFalse();
        assertThat(account.get("/account").body()).contains("No more mail for each sale.", "Mail me for each sale")
                .doesNotContainPattern("id=\"saleNotices\"[^>]*checked");
    }

    @Test
    void theAccountPageKeepsTheMailSectionWhenAFormIsRefused() {
        WebSession account = new WebSession(client).logIn("seller@example.com", "correct horse");

        HttpResponse<String> refused = account.post("/account/name", Map.of("name", ""));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("Mail me for each sale");
    }

    private long buy() {
        return checkouts.start(new CheckoutRequest(product, UUID.randomUUID() + "@example.com", null, "http://x")).orderId();
    }
}
