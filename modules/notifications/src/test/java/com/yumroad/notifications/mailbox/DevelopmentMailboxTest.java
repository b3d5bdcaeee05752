package com.yumroad.notifications.mailbox;

import com.yumroad.catalog.Product;
import com.yumroad.notifications.Shop;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** No SMTP server set, outside prod: mail lands in the development mailbox, readable at /dev/mailbox. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class DevelopmentMailboxTest implements FreshDatabase {

    @Inject
    Shop shop;
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aReceiptIsListedOpensWithClickableLinksAndShowsItsHtmlUnderAStrictPolicy() {
        Shop.Seller seller = shop.seller("Ada", "Ada's Tools");
        Product product = shop.product(seller, "Engine <Notes>", 700);
        String receipt = Shop.buy(client, product, "reader@example.com");
        WebSession browser = new WebSession(client);

        String list = Eventually.await("the receipt in the mailbox", () -> browser.get("/dev/mailbox").body(),
                page -> page.contains("Your receipt: Engine &lt;Notes&gt;"));
        assertThat(list).contains("To reader@example.com");
        Matcher open = Pattern.compile("href=\"(/dev/mailbox/\\d+)\"[^<]*<div[^>]*>\\s*<strong class=\"mail-subject\">"
                + "Your receipt").matcher(list);
        assertThat(open.find()).isTrue();

        String message = browser.get(open.group(1)).body();
        assertThat(message).contains("You bought Engine &lt;Notes&gt; from Ada&#39;s Tools for $7.00.")
                .containsPattern("<a href=\"http://localhost:\\d+" + Pattern.quote(receipt) + "\">http://localhost:\\d+"
                        + Pattern.quote(receipt) + "</a>");

        HttpResponse<String> html = browser.get(open.group(1) + "/html");
        assertThat(html.body()).contains("Engine &lt;Notes&gt;", "Thank you for your purchase!");
        assertThat(html.header("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'unsafe-inline'")
                .doesNotContain("script");
    }

    @Test
    void anUnknownMessageIsNotFound() {
        assertThat(new WebSession(client).get("/dev/mailbox/987654").code()).isEqualTo(404);
    }
}
