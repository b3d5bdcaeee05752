package com.yumroad.platform.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
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

/** Another user cannot touch a product, whatever the browser sends; log-in failures say one thing; error pages. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipBrowserTest implements FreshDatabase {

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

    @BeforeAll
    void twoSellersAndABrowser() {
        long owner = accounts.register(new Registration("owner@example.com", "Owner", PASSWORD)).id();
        storefront.open(owner, new NewStore("Owner's Goods", null));
        product = catalog.create(owner, new NewProduct("Brass Compass", "Points north.", 4200L, List.of("tools")));
        long other = accounts.register(new Registration("other@example.com", "Other", PASSWORD)).id();
        storefront.open(other, new NewStore("Other's Goods", null));
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
    void anotherUserSeesNoEditControlsAndGetsTheForbiddenPageWhateverTheBrowserSends() {
        logIn("other@example.com", PASSWORD);
        browser.go("/products/" + product.id());
        assertThat(browser.body()).contains("Brass Compass", "$42.00");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("a[href$='/edit']"))).isEmpty();

        browser.go("/products/" + product.id() + "/edit");
        assertThat(browser.text("h1")).isEqualTo("Not yours to change");
        browser.screenshot("error-403");

        browser.go("/dashboard");
        String token = browser.attribute("input[name=csrfToken]", "value");
        browser.driver().executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/products/' + arguments[0];
                for (const [name, value] of Object.entries({csrfToken: arguments[1], name: 'Stolen Compass',
                        description: '', price: '0.01', tags: ''})) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", product.id(), token);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/products/" + product.id()));
        assertThat(browser.text("h1")).isEqualTo("Not yours to change");
        Product unchanged = catalog.find(product.id()).orElseThrow();
        assertThat(unchanged.name()).isEqualTo("Brass Compass");
        assertThat(unchanged.priceCents()).isEqualTo(4200);
    }

    @Test
    void aWrongEmailAndAWrongPasswordShowTheSameMessage() {
        browser.go("/login");
        browser.type("#email", "owner@example.com");
        browser.type("#password", "wrong horse");
        browser.follow("form[action='/login'] button");
        String wrongPassword = browser.text("#login-error");
        assertThat(browser.attribute("#email", "value")).isEqualTo("owner@example.com");
        browser.screenshot("login-error");

        browser.type("#email", "nobody@example.com");
        browser.type("#password", PASSWORD);
        browser.follow("form[action='/login'] button");
        String wrongEmail = browser.text("#login-error");

        assertThat(wrongPassword).isEqualTo("Wrong email or password.").isEqualTo(wrongEmail);
    }

    @Test
    void afterLogInTheBrowserReturnsToThePageThatAskedForIt() {
        browser.go("/account");
        assertThat(browser.path()).isEqualTo("/login?next=%2Faccount");
        browser.screenshot("login");
        browser.type("#email", "owner@example.com");
        browser.type("#password", PASSWORD);
        browser.follow("form[action='/login'] button");

        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.body()).contains("owner@example.com");
    }

    @Test
    void anUnknownPageShowsTheNotFoundPageInTheSiteLook() {
        browser.go("/s/no-such-store");

        assertThat(browser.text("h1")).isEqualTo("Page not found");
        assertThat(browser.text("a.brand")).isEqualTo("Yumroad");
        browser.screenshot("error-404");
    }

    private void logIn(String email, String password) {
        browser.go("/login");
        browser.type("#email", email);
        browser.type("#password", password);
        browser.follow("form[action='/login'] button");
        assertThat(browser.path()).isEqualTo("/");
    }
}
