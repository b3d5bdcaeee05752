package com.yumroad.platform.web;

import com.sun.net.httpserver.HttpServer;
import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser on real-looking names, over plain http: the shop at http://shop.test (not localhost, whose
 * cookies and origins browsers treat specially), an attacker's page at http://evil.test. Both map to this machine
 * through Chromium's --host-resolver-rules.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteBrowserTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";

    @Inject
    EmbeddedServer server;
    @Inject
    Accounts accounts;
    Chromium browser;
    HttpServer evil;

    @BeforeAll
    void aShopAnAttackerAndABrowser() throws IOException {
        accounts.register(new Registration("attacker@example.com", "Attacker", PASSWORD));
        evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evil.createContext("/", exchange -> {
            // The attacker's page: a form that logs whoever opens it into the attacker's account on the shop.
            byte[] page = ("<!DOCTYPE html><html><body><form id=f method=post action='http://shop.test:"
                    + server.getPort() + "/login'><input name=email value='attacker@example.com'>"
                    + "<input name=password value='" + PASSWORD + "'><input name=csrfToken value='guessed'>"
                    + "<input name=next value='/dashboard'></form>"
                    + "<script>document.getElementById('f').submit()</script></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        evil.start();
        browser = Chromium.open(server, "shop.test", "evil.test");
    }

    @AfterAll
    void closeAll() {
        browser.close();
        evil.stop(0);
    }

    @BeforeEach
    void freshBrowser() {
        browser.go("/");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void anotherSiteCannotLogTheBrowserIntoTheAttackersAccount() {
        browser.go("/"); // the victim has been to the shop before: a CSRF cookie of their own
        browser.driver().get("http://evil.test:" + evil.getAddress().getPort() + "/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith("http://shop.test:"));

        assertThat(browser.body()).contains("Please send the form again").doesNotContain("Attacker");
        browser.screenshot("cross-site-login-refused");
        browser.go("/dashboard");
        assertThat(browser.path()).as("not logged in").startsWith("/login");
    }

    @Test
    void signUpWorksOverPlainHttpOnANameOtherThanLocalhost() {
        browser.go("/signup");
        browser.type("#email", "grace@example.com");
        browser.type("#name", "Grace Hopper");
        browser.type("#password", PASSWORD);
        browser.type("#storeName", "Grace's Compilers");
        browser.follow("form[action='/signup'] button[type=submit]");

        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.body()).contains("Grace's Compilers").doesNotContain("Not yours to change");
        assertThat(browser.driver().manage().getCookies()).allSatisfy(cookie ->
                assertThat(cookie.isSecure()).as("cookie %s over http", cookie.getName()).isFalse());
    }

    @Test
    void aFormWhoseCookieWentAwayGetsAPageThatLeadsBackToIt() {
        browser.go("/login");
        browser.driver().manage().deleteCookieNamed("csrfToken");
        browser.type("#email", "attacker@example.com");
        browser.type("#password", PASSWORD);
        browser.follow("form[action='/login'] button[type=submit]");

        assertThat(browser.body()).contains("Please send the form again").contains("security cookie");
        browser.follow(".error-page a.btn-primary");
        assertThat(browser.path()).startsWith("/login");
        browser.type("#email", "attacker@example.com");
        browser.type("#password", PASSWORD);
        browser.follow("form[action='/login'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.body()).contains("Log out");
    }
}
