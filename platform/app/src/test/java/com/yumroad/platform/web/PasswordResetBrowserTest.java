package com.yumroad.platform.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
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
import org.openqa.selenium.WebElement;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Forgot password" in a real browser, as a developer sees it from the README's run command: no SMTP server, so the
 * mail is read in the development mailbox, and its link leads to the new password.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetBrowserTest implements FreshDatabase {

    private static final String EMAIL = "forgetful@example.com";

    @Inject
    EmbeddedServer server;
    @Inject
    Accounts accounts;
    Chromium browser;

    @BeforeAll
    void anAccountAndABrowser() {
        accounts.register(new Registration(EMAIL, "Forgetful", "the old password"));
        browser = Chromium.open(server);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void forgotPasswordThroughTheDevelopmentMailbox() {
        browser.go("/login");
        browser.follow("#forgot-password");
        assertThat(browser.text("h1")).isEqualTo("Forgot your password?");
        browser.type("#email", EMAIL);
        browser.follow("main form button[type=submit]");
        assertThat(browser.text("#reset-notice")).contains("If an account uses this address");
        browser.screenshot("forgot-password");

        String message = Eventually.await("the reset mail in the development mailbox", () -> {
            browser.go("/dev/mailbox");
            return browser.driver().findElements(By.cssSelector("#mailbox a")).stream()
                    .filter(a -> a.getText().contains("Set a new password") && a.getText().contains(EMAIL))
                    .map(a -> a.getAttribute("href")).findFirst().orElse(null);
        }, href -> href != null);
        browser.screenshot("mailbox");
        browser.go(URI.create(message).getPath());
        assertThat(browser.text("#mail-to")).isEqualTo(EMAIL);
        WebElement link = browser.find("#mail-text a[href*='/password-reset/']");
        assertThat(link.getText()).startsWith("http://localhost:");
        browser.screenshot("reset-mail");
        browser.follow("#mail-text a[href*='/password-reset/']");

        assertThat(browser.text("h1")).isEqualTo("Set a new password");
        browser.type("#newPassword", "a brand new one");
        browser.screenshot("new-password");
        browser.follow("main form button[type=submit]");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text("#flash")).contains("Your password is changed");
        browser.type("#email", EMAIL);
        browser.type("#password", "a brand new one");
        browser.follow("form[action='/login'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/");
        browser.go("/account");
        assertThat(browser.body()).contains("Logged in as", EMAIL);
    }
}
