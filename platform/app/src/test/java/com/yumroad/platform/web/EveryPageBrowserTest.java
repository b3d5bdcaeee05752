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
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every page a person can reach, in one tour, each passed by axe-core with no violation and loading nothing from
 * another site ({@link Chromium#go} and {@link Chromium#follow} check every page they land on): each row of the README's page table (the test fails
 * when the README lists a path it did not visit), the API reference, the 403 and 404 pages, and the pages behind
 * the rows (checkout, receipt, sales, refund, files, download limit, tokens, webhooks and a webhook's page, account deletion, a mail), and
 * the 500 page (a page that fails, below, since no path of the application fails on purpose).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "every-page-tour", value = "on")
@Property(name = "yumroad.webhooks.allow-http", value = "true") // a webhook to this machine, to open its page
@Property(name = "yumroad.webhooks.allow-private-networks", value = "true")
class EveryPageBrowserTest implements FreshDatabase {

    @Controller("/tour")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "every-page-tour", value = "on")
    static class FailingPage {
        @Get(value = "/failing", produces = MediaType.TEXT_HTML)
        String failing() {
            throw new IllegalStateException("a failure the server error page must not show");
        }
    }

    private static final Path README = Path.of("../../README.md");
    private static final String PASSWORD = "correct horse";
    private static final String SELLER = "tour-seller@example.com";
    private static final String NEWCOMER = "tour-newcomer@example.com";

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
    Product othersProduct;
    String slug;
    final Set<String> visited = new LinkedHashSet<>();

    @BeforeAll
    void sellersAProductAndABrowser() {
        long seller = accounts.register(new Registration(SELLER, "Tour Seller", PASSWORD)).id();
        slug = storefront.open(seller, new NewStore("Tour Patterns", "Lace and cables.")).slug();
        product = catalog.create(seller, new NewProduct("Lace Shawl Pattern", "A crescent shawl.", 1250L,
                List.of("knitting", "lace")));
        long other = accounts.register(new Registration("tour-other@example.com", "Other", PASSWORD)).id();
        storefront.open(other, new NewStore("Other Shop", null));
        othersProduct = catalog.create(other, new NewProduct("Not Yours", "", 500L, List.of()));
        accounts.register(new Registration(NEWCOMER, "Newcomer", PASSWORD));
        browser = Chromium.open(server).checkingEveryPageLoadsOnlyFromItsOwnSite();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void everyPageTheReadmeListsTheApiReferenceAndTheErrorPagesPassAxe() throws IOException {
        // anyone
        visit("/", "/");
        visit("/signup", "/signup");
        visit("/login", "/login");
        visit("/s/{slug}", "/s/" + slug);
        visit("/products/{id}", "/products/" + product.id());
        visit("/tags/{name}", "/tags/knitting");
        visit("/search?q=", "/search?q=shawl");
        assertThat(browser.body()).contains("Lace Shawl Pattern");
        browser.go("/search?q=zzzqqxx");
        assertThat(browser.body()).doesNotContain("Lace Shawl Pattern");
        browser.go("/search?q=");
        browser.load("/api/docs");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage("ReDoc renders the document and "
                + "headings.js mends its heading levels").until(d -> !d.findElements(By.cssSelector(
                "[id='operation/listProducts'] h5[aria-level]")).isEmpty());
        browser.allowScriptsToRun(Duration.ofMinutes(3)); // thousands of elements, on a loaded machine
        browser.assertAccessible();
        browser.assertLoadsOnlyFromItsOwnSite();
        browser.allowScriptsToRun(Duration.ofSeconds(30));
        browser.go("/no-such-page");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.go("/products/987654321");
        browser.go("/password-reset/not-a-token");
        browser.go("/tour/failing");
        assertThat(browser.text("h1")).isEqualTo("Something went wrong");

        visit("/password-reset", "/password-reset");
        browser.type("#email", SELLER);
        browser.follow("main form button[type=submit]");
        visit("/dev/mailbox", "/dev/mailbox");
        String resetLink = mailLink("Set a new password", SELLER, "/password-reset/");
        browser.go(browser.path() + "/html"); // the mail's HTML body, as a mail client shows it
        visit("/password-reset/{token}", resetLink);
        visit("/email/confirm/{token}", mailLink("Confirm your address", NEWCOMER, "/email/confirm/"));

        browser.go("/products/" + product.id());
        browser.follow("a.buy");
        browser.type("#email", "tour-buyer@example.com");
        browser.follow("main form button[type=submit]");
        browser.type("#card", "4242 4242 4242 4242");
        browser.follow("main form button[type=submit]");
        assertThat(browser.path()).startsWith("/receipts/");

        // a user without a store
        logIn(NEWCOMER);
        visit("/dashboard/store/open", "/dashboard/store/open");
        browser.go("/products/new");
        browser.go("/dashboard");
        visit("POST /logout", null);
        browser.follow("form[action='/logout'] button");

        // a seller
        logIn(SELLER);
        visit("/dashboard", "/dashboard");
        visit("/dashboard/store", "/dashboard/store");
        visit("/products/new", "/products/new");
        visit("/products/{id}/edit", "/products/" + product.id() + "/edit");
        visit("/products/{id}/delete", "/products/" + product.id() + "/delete");
        browser.go("/products/" + product.id() + "/content");
        browser.go("/products/" + product.id() + "/download-limit");
        browser.go("/dashboard/sales");
        browser.follow("a[href$='/refund']");
        browser.go("/dashboard/webhooks");
        browser.type("#url", "http://127.0.0.1:9/tour-hook");
        browser.driver().findElement(By.cssSelector("input[name=events]")).click();
        browser.follow("form[action='/dashboard/webhooks'] button[type=submit]");
        browser.follow("a[href^='/dashboard/webhooks/']"); // the webhook's page: its deliveries and "Send again"
        assertThat(browser.body()).contains("http://127.0.0.1:9/tour-hook");
        browser.go("/account/tokens");
        browser.type("#name", "tour script");
        browser.driver().executeScript("document.getElementById('scope-read').checked = true;");
        browser.follow("form[action='/account/tokens'] button[type=submit]"); // the list of tokens shows
        assertThat(browser.body()).contains("tour script");
        visit("/account", "/account");
        browser.go("/account/delete");
        browser.go("/products/" + othersProduct.id() + "/edit");
        assertThat(browser.text("h1")).isEqualTo("Not yours to change");

        assertThat(visited).as("every path of the README's page table is visited here")
                .containsAll(readmePages());
    }

    @Test
    void theCheckFindsAnImageFromAnotherSite() {
        browser.go("/");
        browser.driver().executeScript("var img = document.createElement('img'); img.alt = 'a logo';"
                + "img.src = 'https://cdn.example.com/logo.png'; document.querySelector('main').appendChild(img);");

        assertThatThrownBy(browser::assertLoadsOnlyFromItsOwnSite).isInstanceOf(AssertionError.class)
                .hasMessageContaining("https://cdn.example.com/logo.png");
        browser.go("/"); // a fresh page for the next test
    }

    /** Records a path as the README's page table writes it, then opens it (a null url: the caller clicks there). */
    private void visit(String readmePath, String url) {
        visited.add(readmePath);
        if (url != null) {
            browser.go(url);
        }
    }

    private void logIn(String email) {
        browser.go("/login");
        browser.type("#email", email);
        browser.type("#password", PASSWORD);
        browser.follow("form[action='/login'] button[type=submit]");
    }

    /** The path of the link in the newest mail to {@code to} whose subject starts so, opened in the mailbox. */
    private String mailLink(String subject, String to, String linkPath) {
        String message = Eventually.await("a mail '" + subject + "' to " + to, () -> {
            browser.go("/dev/mailbox");
            return browser.driver().findElements(By.cssSelector("#mailbox a")).stream()
                    .filter(a -> a.getText().contains(subject) && a.getText().contains(to))
                    .map(a -> a.getAttribute("href")).findFirst().orElse(null);
        }, href -> href != null);
        browser.go(URI.create(message).getPath());
        return URI.create(browser.attribute("#mail-text a[href*='" + linkPath + "']", "href")).getPath();
    }

    /** The paths in the second column of the README's page table ("## The web pages"), as written there. */
    private static Set<String> readmePages() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## The web pages");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Set<String> paths = new LinkedHashSet<>();
        Pattern row = Pattern.compile("(?m)^\\|[^|]*\\|([^|]*)\\|[^|]*\\|\\s*$");
        Pattern code = Pattern.compile("`([^`]+)`");
        for (Matcher rows = row.matcher(section.substring(0, section.indexOf("\n\n", section.indexOf("| page"))));
             rows.find(); ) {
            Matcher inCell = code.matcher(rows.group(1));
            while (inCell.find()) {
                paths.add(inCell.group(1));
            }
        }
        assertThat(paths).as("the README's page table").hasSizeGreaterThan(15);
        return paths;
    }
}
