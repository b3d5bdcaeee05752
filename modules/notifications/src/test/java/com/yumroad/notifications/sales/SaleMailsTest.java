package com.yumroad.notifications.sales;

import com.yumroad.catalog.Product;
import com.yumroad.notifications.Shop;
import com.yumroad.notifications.SmtpServerPerClass;
import com.yumroad.notifications.Smtp;
import com.yumroad.notifications.preferences.SellerPreferences;
import com.yumroad.sales.Sales;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Buying in test mode sends the buyer a receipt and the seller a notice, through a real SMTP server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.public-url", value = "https://shop.example.test/")
@Property(name = "yumroad.events.resubmit-older-than", value = "1s")
@Property(name = "yumroad.events.scheduler.interval", value = "200ms")
class SaleMailsTest extends SmtpServerPerClass {

    static final String SITE = "https://shop.example.test";

    @Inject
    Shop shop;
    @Inject
    Sales sales;
    @Inject
    SellerPreferences preferences;
    @Inject
    @Client("/")
    HttpClient client;

    static String buyer() {
        return "buyer-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void theBuyerGetsAReceiptWithAbsolutePrivateLinksAndNamesEscaped() {
        Shop.Seller seller = shop.seller("Ada", "Ada's <Tools> & Co");
        Product product = shop.product(seller, "Brushes <b>bold</b> & more", 1250);
        String buyer = buyer();

        String receipt = Shop.buy(client, product, buyer);

        Smtp.Received mail = smtp.awaitOne(buyer, "Your receipt");
        assertThat(mail.subject()).isEqualTo("Your receipt: Brushes <b>bold</b> & more");
        assertThat(mail.html()).contains("Brushes &lt;b&gt;bold&lt;/b&gt; &amp; more", "Ada&#39;s &lt;Tools&gt; &amp; Co",
                "$12.50", "href=\"" + SITE + receipt + "\"", "href=\"" + SITE + receipt + "#files\"");
        assertThat(mail.html()).doesNotContain("<b>bold</b>");
        assertThat(mail.text()).contains("You bought Brushes <b>bold</b> & more from Ada's <Tools> & Co for $12.50.",
                SITE + receipt + "\r\n", SITE + receipt + "#files");
        assertThat(new WebSession(client).get(receipt).body()).contains("Thank you for your purchase");
    }

    @Test
    void theSellerHearsOfEachSaleUntilTheyTurnNoticesOff() {
        Shop.Seller seller = shop.seller("Grace", "Grace's Compilers");
        Product product = shop.product(seller, "COBOL Primer", 900);
        String first = buyer();

        Shop.buy(client, product, first);

        Smtp.Received notice = smtp.awaitOne(seller.email(), "You made a sale");
        assertThat(notice.subject()).isEqualTo("You made a sale: COBOL Primer");
        assertThat(notice.text()).contains(first + " bought COBOL Primer from Grace's Compilers for $9.00",
                SITE + "/dashboard/sales", SITE + "/account#notifications");

        WebSession account = new WebSession(client).logIn(seller.email(), Shop.PASSWORD);
        HttpResponse<String> off = account.post("/account/notifications", Map.of());
        assertThat(off.code()).isEqualTo(303);
        assertThat(preferences.wantsSaleNotices(seller.id())).isFalse();
        assertThat(account.get("/account").body()).contains("No more mail for each sale.");
        String second = buyer();
        Shop.buy(client, product, second);

        smtp.awaitOne(second, "Your receipt");
        Eventually.await("the seller's listener to finish", () -> completedForSeller("SaleNotices.saleCompleted", seller.id()) == 2);
        assertThat(smtp.to(seller.email())).filteredOn(mail -> mail.subject().startsWith("You made a sale")).hasSize(1);
    }

    @Test
    void aRedeliveredSaleSendsNoSecondReceipt() throws SQLException {
        Shop.Seller seller = shop.seller("Hedy", "Hedy's Radio");
        Product product = shop.product(seller, "Frequency Hopping", 500);
        String buyer = buyer();
        String receipt = Shop.buy(client, product, buyer);
        smtp.awaitOne(buyer, "Your receipt");
        long order = Long.parseLong(receipt.split("/")[2]);

        int redelivered = redeliver("ReceiptMails.saleCompleted", order);

        assertThat(redelivered).isEqualTo(1);
        Eventually.await("the redelivery to complete", () -> attempts("ReceiptMails.saleCompleted", order) == 2);
        assertThat(smtp.to(buyer)).hasSize(1);
    }

    @Test
    void aRefundTellsTheBuyer() {
        Shop.Seller seller = shop.seller("Katherine", "Orbits");
        Product product = shop.product(seller, "Trajectories", 2000);
        String buyer = buyer();
        String receipt = Shop.buy(client, product, buyer);
        smtp.awaitOne(buyer, "Your receipt");

        sales.refund(Long.parseLong(receipt.split("/")[2]), seller.id());

        Smtp.Received refund = smtp.awaitOne(buyer, "Refunded");
        assertThat(refund.subject()).isEqualTo("Refunded: Trajectories");
        assertThat(refund.text()).contains("Orbits refunded $20.00 for Trajectories", SITE + receipt);
    }

    /** As an operator's resubmit or a crash before completion would: the publication is due again. */
    int redeliver(String listener, long orderId) throws SQLException {
        try (var connection = connection(); var statement = connection.prepareStatement("""
                update platform.event_publication set status = 'incomplete', completed_at = null,
                       next_attempt_at = now(), last_attempt_at = now()
                 where listener_id = ? and (serialized_event ->> 'orderId')::bigint = ?""")) {
            statement.setString(1, listener);
            statement.setLong(2, orderId);
            return statement.executeUpdate();
        }
    }

    int attempts(String listener, long orderId) throws SQLException {
        try (var connection = connection(); var statement = connection.prepareStatement("""
                select attempts from platform.event_publication
                 where listener_id = ? and (serialized_event ->> 'orderId')::bigint = ? and status = 'completed'""")) {
            statement.setString(1, listener);
            statement.setLong(2, orderId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    int completedForSeller(String listener, long sellerId) throws SQLException {
        try (var connection = connection(); var statement = connection.prepareStatement("""
                select count(*) from platform.event_publication
                 where listener_id = ? and (serialized_event ->> 'sellerId')::bigint = ? and status = 'completed'""")) {
            statement.setString(1, listener);
            statement.setLong(2, sellerId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
