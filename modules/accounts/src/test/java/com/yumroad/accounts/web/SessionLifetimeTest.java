package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.Sessions;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static com.yumroad.accounts.web.ApiCalls.page;
import static org.assertj.core.api.Assertions.assertThat;

/** A used web session renews itself; a form sent after the session ended leads through log-in back to the form. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "session-lifetime-test", value = "on")
class SessionLifetimeTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";

    @Controller("/members")
    @Requires(property = "session-lifetime-test", value = "on")
    static class MembersPage {
        @Get(produces = MediaType.TEXT_HTML)
        @Secured(SecurityRule.IS_AUTHENTICATED)
        String members() {
            return "members only";
        }
    }

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Sessions sessions;
    @Inject
    TokenGenerator tokens;
    @Inject
    EmbeddedServer server;
    BlockingHttpClient http;
    long userId;

    @BeforeAll
    void aUser() {
        http = client.toBlocking();
        userId = accounts.register(new Registration("lively@example.com", "Lively", PASSWORD)).id();
    }

    @Test
    void aCookieWithLessThanHalfItsLifetimeLeftIsRenewedWhenUsed() {
        String ending = tokens.generateToken(sessions.start(userId), 100).orElseThrow();
        String fresh = tokens.generateToken(sessions.start(userId), 3600).orElseThrow();

        HttpResponse<String> renewed = page(http, HttpRequest.GET("/members").cookie(Cookie.of("JWT", ending)));
        HttpResponse<String> kept = page(http, HttpRequest.GET("/members").cookie(Cookie.of("JWT", fresh)));

        assertThat(renewed.getBody().orElseThrow()).isEqualTo("members only");
        Cookie next = renewed.getCookie("JWT").orElseThrow(() -> new AssertionError("no renewed cookie"));
        assertThat(next.getValue()).isNotEqualTo(ending);
        assertThat(next.getMaxAge()).isGreaterThan(3000);
        assertThat(page(http, HttpRequest.GET("/members").cookie(Cookie.of("JWT", next.getValue()))).code())
                .isEqualTo(200);
        assertThat(kept.getCookie("JWT")).as("a young cookie is left alone").isEmpty();
    }

    @Test
    void aRenewedCookieStillEndsWithARevocation() {
        long id = accounts.register(new Registration("renewed@example.com", "Renewed", PASSWORD)).id();
        String ending = tokens.generateToken(sessions.start(id), 100).orElseThrow();
        String renewed = page(http, HttpRequest.GET("/members").cookie(Cookie.of("JWT", ending)))
                .getCookie("JWT").orElseThrow().getValue();

        sessions.revokeAll(id);

        assertThat(page(http, HttpRequest.GET("/members").cookie(Cookie.of("JWT", renewed))).code()).as("refused").isEqualTo(401);
    }

    @Test
    void aFormSentAfterTheSessionEndedGoesToLogInWhichSaysSoAndThenBackToTheForm() {
        WebSession browser = new WebSession(client);
        browser.get("/login");
        String token = browser.cookie("csrfToken").orElseThrow();
        String formPage = "http://" + server.getHost() + ":" + server.getPort() + "/account?tab=name";

        HttpResponse<String> sent = page(http, HttpRequest.POST("/account/name", Map.of("csrfToken", token,
                        "name", "Renamed")).cookie(Cookie.of("csrfToken", token))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE)
                .header("Referer", formPage));

        assertThat(sent.code()).isEqualTo(303);
        String login = sent.getHeaders().get("Location");
        assertThat(login).isEqualTo("/login?expired&next=%2Faccount%3Ftab%3Dname");
        String loginPage = browser.get(login).getBody().orElseThrow();
        assertThat(loginPage).contains(WebLogin.EXPIRED).contains("name=\"next\" value=\"/account?tab=name\"");

        Map<String, String> fields = new HashMap<>(Map.of("email", "lively@example.com", "password", PASSWORD,
                "next", "/account?tab=name"));
        HttpResponse<String> loggedIn = browser.post("/login", fields);
        assertThat(loggedIn.getHeaders().get("Location")).isEqualTo("/account?tab=name");
        assertThat(accounts.find(userId).orElseThrow().name()).as("the expired form changed nothing")
                .isEqualTo("Lively");
    }
}
