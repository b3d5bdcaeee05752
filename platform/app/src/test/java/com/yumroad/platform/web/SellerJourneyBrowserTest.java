package com.yumroad.platform.web;

import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A seller's whole journey in a real browser, with screenshots of each main page at desktop and phone widths. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerJourneyBrowserTest implements FreshDatabase {

    @Inject
    EmbeddedServer server;
    Chromium browser;

    @BeforeAll
    void openBrowser() {
        browser = Chromium.open(server);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void axeReportsWhatItFindsWithTheRuleAndTheElement() {
        browser.go("/");
        browser.driver().executeScript("var img = document.createElement('img'); img.src = '/assets/favicon.svg';"
                + "img.id = 'no-alt'; document.querySelector('main').appendChild(img);");

        assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("#no-alt");
        browser.go("/"); // a fresh page for the next test
    }

    @Test
    void aPrimaryButtonShowsAClearFocusRingWhenReachedByKeyboard() {
        browser.go("/");
        WebElement signUp = null;
        for (int i = 0; i < 20 && signUp == null; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement now = browser.focused();
            if (now.getAttribute("class").contains("btn-primary")) {
                signUp = now;
            }
        }
        assertThat(signUp).as("a primary button reached with Tab").isNotNull();
        assertThat(signUp.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(signUp.getCssValue("outline-width")).isEqualTo("3px");
        assertThat(signUp.getCssValue("outline-color")).as("the dark ring, 15:1 on the page")
                .isEqualTo("rgba(30, 27, 75, 1)");
    }

    @Test
    void signUpAddAProductSeeItPubliclyChangeItsPriceDeleteItAndLogOut() {
        browser.go("/");
        assertThat(browser.text("h1")).isEqualTo("Sell what you make.");
        browser.follow("a.btn[href='/signup']");

        browser.type("#email", "ada@example.com");
        browser.type("#name", "Ada Lovelace");
        browser.type("#password", "correct horse");
        browser.type("#storeName", "Ab");
        browser.follow("form[action='/signup'] button[type=submit]");
        assertThat(browser.text("#storeName-error")).isEqualTo("Store name must be longer than 3 characters");
        assertThat(browser.attribute("#storeName", "aria-describedby")).contains("storeName-error");
        assertThat(browser.attribute("#email", "value")).isEqualTo("ada@example.com");
        assertThat(browser.attribute("#name", "value")).isEqualTo("Ada Lovelace");
        assertThat(browser.attribute("#storeName", "value")).isEqualTo("Ab");
        assertThat(browser.attribute("#password", "value")).isEmpty();
        assertThat(browser.focused().getAttribute("class")).as("focus moves to the error summary")
                .contains("alert-danger");
        assertThat(browser.focused().getText()).contains("Please fix the fields marked below.");
        browser.screenshot("signup-error");

        browser.type("#password", "correct horse");
        browser.type("#storeName", "Ada's Patterns");
        browser.follow("form[action='/signup'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.text("#flash")).contains("Your store Ada's Patterns is open.");
        browser.screenshot("dashboard-new");

        browser.follow("a[href='/products/new']");
        browser.type("#name", "Lace Shawl Pattern");
        browser.type("#description", "A crescent shawl in fingering yarn.\nCharts and written instructions.");
        browser.type("#price", "12.50");
        browser.type("#tags", "knitting, PDF, lace");
        browser.screenshot("product-new");
        browser.follow("main form button[type=submit]");
        assertThat(browser.text("#flash")).contains("Lace Shawl Pattern is published.");
        assertThat(browser.text("h1")).isEqualTo("Lace Shawl Pattern");
        assertThat(browser.body()).contains("$12.50", "knitting", "pdf", "lace", "Ada Lovelace", "Ada's Patterns");
        String productPath = browser.path();
        browser.screenshot("product");

        browser.go("/s/ada-s-patterns");
        assertThat(browser.text("h1")).isEqualTo("Ada's Patterns");
        assertThat(browser.body()).contains("Lace Shawl Pattern", "$12.50");
        browser.screenshot("store");
        browser.go("/tags/knitting");
        assertThat(browser.body()).contains("Lace Shawl Pattern");
        browser.screenshot("tag");
        browser.type("#site-search", "shawl");
        browser.follow("form.site-search button[type=submit]");
        assertThat(browser.path()).isEqualTo("/search?q=shawl");
        assertThat(browser.text("h1")).isEqualTo("Results for “shawl”");
        assertThat(browser.body()).contains("Lace Shawl Pattern", "$12.50");
        browser.screenshot("search");
        browser.go("/");
        assertThat(browser.body()).contains("Ada's Patterns", "Lace Shawl Pattern");
        browser.screenshot("landing");
        browser.go("/dashboard");
        assertThat(browser.body()).contains("Lace Shawl Pattern", "$12.50", "knitting");
        browser.screenshot("dashboard");

        browser.go(productPath);
        browser.follow("a[href='" + productPath + "/edit']");
        assertThat(browser.attribute("#price", "value")).isEqualTo("12.50");
        browser.type("#price", "15");
        browser.follow("main form button[type=submit]");
        assertThat(browser.text("#flash")).contains("Your changes are saved.");
        assertThat(browser.body()).contains("$15.00");

        browser.follow("a[href='" + productPath + "/delete']");
        assertThat(browser.text("h1")).isEqualTo("Delete Lace Shawl Pattern?");
        browser.screenshot("product-delete");
        browser.follow("main form button.btn-danger");
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.text("#flash")).contains("Lace Shawl Pattern is deleted.");
        assertThat(browser.body()).contains("No products yet.");
        browser.go("/s/ada-s-patterns");
        assertThat(browser.body()).doesNotContain("Lace Shawl Pattern");

        browser.go("/account");
        browser.screenshot("account");
        browser.follow("form[action='/logout'] button");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("#flash")).contains("You are logged out.");
        assertThat(browser.find("header a[href='/login']").isDisplayed()).isTrue();
        browser.go("/dashboard");
        assertThat(browser.path()).startsWith("/login?next=");
    }
}
