package com.yumroad.platform.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a buyer gets, in a real browser: the seller uploads a cover and a file on the web pages, a visitor buys in
 * test mode and downloads the file from the receipt (the same bytes), and after the seller's refund the link is dead.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryBrowserTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";

    @Inject
    EmbeddedServer server;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    Chromium browser;
    Product product;
    Path cover;
    Path book;
    byte[] bookBytes;

    @BeforeAll
    void aSellerWithAProductAndABrowser() throws IOException {
        long seller = accounts.register(new Registration("author@example.com", "Author", PASSWORD)).id();
        storefront.open(seller, new NewStore("Author's Books", null));
        product = catalog.create(seller, new NewProduct("Lighthouse Stories", "Twelve tales.", 900L, List.of()));
        cover = Files.createTempFile("cover", ".png");
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        var paint = image.createGraphics();
        paint.setColor(new Color(30, 90, 160));
        paint.fillRect(0, 0, 800, 500);
        paint.setColor(Color.YELLOW);
        paint.fillOval(300, 100, 200, 200);
        paint.dispose();
        ImageIO.write(image, "png", cover.toFile());
        bookBytes = new byte[700_000];
        new Random(7).nextBytes(bookBytes);
        book = Files.createTempFile("lighthouse-stories", ".epub");
        Files.write(book, bookBytes);
        browser = Chromium.open(server);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowserAndFiles() throws IOException {
        browser.close();
        Files.deleteIfExists(cover);
        Files.deleteIfExists(book);
    }

    @Test
    void theSellerUploadsAVisitorBuysAndDownloadsAndTheRefundEndsTheLink() {
        logIn("author@example.com");
        browser.go("/products/" + product.id() + "/content");
        browser.type("#alt", "A lighthouse lamp on a blue night");
        browser.find("#cover").sendKeys(cover.toAbsolutePath().toString());
        browser.follow("form[action*='/cover'] button[type=submit]");
        assertThat(browser.text("#flash")).contains("The cover is updated.");
        browser.find("#file").sendKeys(book.toAbsolutePath().toString());
        browser.follow("form[action*='/files?'] button[type=submit]");
        assertThat(browser.text("#flash")).contains("is added.");
        assertThat(browser.attribute("ol[aria-label=Files] input[name=name]", "value")).startsWith("lighthouse-stories");
        assertThat(browser.text("ol[aria-label=Files]")).contains("684 KB");
        browser.screenshot("product-content");

        browser.driver().manage().deleteAllCookies();
        browser.go("/products/" + product.id());
        assertThat(browser.attribute("figure.cover-frame img", "alt")).isEqualTo("A lighthouse lamp on a blue night");
        assertThat(browser.attribute("figure.cover-frame img", "srcset")).contains("320w", "640w");
        browser.follow("a.buy");
        browser.type("#email", "reader@example.com");
        browser.follow("main form button[type=submit]");
        browser.type("#card", "4242 4242 4242 4242");
        browser.follow("main form button[type=submit]");

        assertThat(browser.path()).startsWith("/receipts/");
        assertThat(browser.body()).contains("Thank you for your purchase", "Your files", "684 KB");
        String receipt = browser.path();
        String link = browser.attribute("a[download]", "href");
        assertThat(link).contains("/downloads/");
        browser.screenshot("receipt-with-files");
        Download first = fetch(link);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.bytes()).isEqualTo(bookBytes);

        // The receipt mail (the development mailbox: no SMTP here) links, absolutely, to this purchase's files
        String mail = Eventually.await("the receipt in the development mailbox", () -> {
            browser.go("/dev/mailbox");
            return browser.driver().findElements(By.cssSelector("#mailbox a")).stream()
                    .filter(a -> a.getText().contains("Your receipt") && a.getText().contains("reader@example.com"))
                    .map(a -> a.getAttribute("href")).findFirst().orElse(null);
        }, href -> href != null);
        browser.go(URI.create(mail).getPath());
        String filesLink = browser.attribute("#mail-text a[href$='#files']", "href");
        assertThat(filesLink).startsWith("http://localhost:").endsWith(receipt + "#files");
        browser.follow("#mail-text a[href$='#files']");
        assertThat(browser.path()).isEqualTo(receipt + "#files");
        assertThat(browser.text("#files")).contains("Your files", "684 KB");
        assertThat(browser.attribute("#files a[download]", "href")).as("a fresh private link to the same file")
                .contains("/downloads/");

        logIn("author@example.com");
        browser.go("/dashboard/sales");
        browser.follow("a[href$='/refund']");
        browser.follow("main form button.btn-danger");
        assertThat(browser.text("#flash")).contains("Refunded $9.00 to reader@example.com.");

        browser.driver().manage().deleteAllCookies();
        Download afterRefund = fetch(link);
        assertThat(afterRefund.status()).isEqualTo(403);
        assertThat(afterRefund.bytes().length).isLessThan(1000);
        browser.go(receipt);
        assertThat(browser.body()).contains("This purchase was refunded").doesNotContain("Your files");
    }

    private record Download(int status, byte[] bytes) {
    }

    /** Follows the link as the page's own script would, and keeps the bytes (a headless browser saves no files). */
    private Download fetch(String url) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) {
                  return r.arrayBuffer().then(function (b) {
                    var bytes = new Uint8Array(b), text = '';
                    for (var i = 0; i < bytes.length; i += 8192) {
                      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                    }
                    done([r.status, btoa(text)]);
                  });
                }).catch(function (e) { done([0, '']); });
                """, url);
        return new Download(((Number) answer.get(0)).intValue(), Base64.getDecoder().decode((String) answer.get(1)));
    }

    private void logIn(String email) {
        browser.go("/login");
        browser.type("#email", email);
        browser.type("#password", PASSWORD);
        browser.follow("form[action='/login'] button[type=submit]");
    }
}
