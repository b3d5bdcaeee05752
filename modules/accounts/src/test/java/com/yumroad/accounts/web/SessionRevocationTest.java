package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.Sessions;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import static com.yumroad.accounts.web.ApiCalls.call;
import static com.yumroad.accounts.web.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

/** Log-out, a password change and account deletion end every session of the user at once, on every instance. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "session-revocation-test", value = "on")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class SessionRevocationTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";

    /** A page that needs log-in, standing in for the web UI's. */
    @Controller("/members")
    @Requires(property = "session-revocation-test", value = "on")
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
    EmbeddedServer server;
    BlockingHttpClient http;

    @BeforeAll
    void client() {
        http = client.toBlocking();
    }

    @Test
    void logOutEndsTheUsersOtherBrowsersAndTokensToo() {
        user("leaver@example.com");
        WebSession here = new WebSession(client).logIn("leaver@example.com", PASSWORD);
        WebSession elsewhere = new WebSession(client).logIn("leaver@example.com", PASSWORD);
        String apiToken = token(http, "leaver@example.com", PASSWORD);
        assertThat(elsewhere.get("/members").code()).isEqualTo(200);

        assertThat(here.post("/logout", Map.of()).code()).isEqualTo(303);

        assertLoggedOut(elsewhere);
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(apiToken)).code()).isEqualTo(401);
        assertThat(new WebSession(client).logIn("leaver@example.com", PASSWORD).get("/members").code())
                .as("a new log-in works").isEqualTo(200);
    }

    @Test
    void aPasswordChangeEndsOtherSessionsAndKeepsThisBrowserLoggedIn() {
        user("changer@example.com");
        WebSession here = new WebSession(client).logIn("changer@example.com", PASSWORD);
        WebSession elsewhere = new WebSession(client).logIn("changer@example.com", PASSWORD);
        String apiToken = token(http, "changer@example.com", PASSWORD);

        assertThat(here.post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "battery staple"))
                .code()).isEqualTo(303);

        assertThat(here.get("/members").code()).isEqualTo(200);
        assertLoggedOut(elsewhere);
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(apiToken)).code()).isEqualTo(401);
    }

    @Test
    void deletingTheAccountEndsEverySession() {
        user("gone@example.com");
        WebSession here = new WebSession(client).logIn("gone@example.com", PASSWORD);
        WebSession elsewhere = new WebSession(client).logIn("gone@example.com", PASSWORD);

        assertThat(here.post("/account/delete", Map.of()).code()).isEqualTo(303);

        assertLoggedOut(elsewhere);
    }

    @Test
    void aTokenWithoutASessionVersionOrWithAnOldOneIsRefused() {
        long id = user("forged@example.com");
        var generator = server.getApplicationContext()
                .getBean(io.micronaut.security.token.generator.TokenGenerator.class);
        String unversioned = generator.generateToken(io.micronaut.security.authentication.Authentication
                .build(Long.toString(id)), 3600).orElseThrow();
        String current = generator.generateToken(sessions.start(id), 3600).orElseThrow();

        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(unversioned)).code()).isEqualTo(401);
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(current)).code()).isEqualTo(200);
        sessions.revokeAll(id);
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(current)).code()).isEqualTo(401);
    }

    @Test
    void aRevocationOnOneInstanceEndsTheSessionOnAnotherAtOnce() throws Exception {
        user("two@example.com");
        Map<String, Object> settings = new HashMap<>();
        getProperties().forEach(settings::put);
        settings.put("yumroad.jwt.secret", server.getApplicationContext().getProperty("yumroad.jwt.secret", String.class)
                .orElseThrow());
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, settings, "test");
             HttpClient otherClient = HttpClient.create(new URL("http://localhost:" + other.getPort()))) {
            BlockingHttpClient there = otherClient.toBlocking();
            String apiToken = token(http, "two@example.com", PASSWORD);
            assertThat(call(there, HttpRequest.GET("/api/v1/users/me").bearerAuth(apiToken)).code())
                    .as("the other instance knows the session now").isEqualTo(200);

            assertThat(call(http, HttpRequest.PUT("/api/v1/users/me/password",
                    Map.of("currentPassword", PASSWORD, "newPassword", "battery staple")).bearerAuth(apiToken)).code())
                    .isEqualTo(204);

            Eventually.await("the other instance refuses the token",
                    () -> call(there, HttpRequest.GET("/api/v1/users/me").bearerAuth(apiToken)).code(),
                    code -> code == 401);
        }
    }

    private void assertLoggedOut(WebSession browser) {
        var answer = browser.get("/members");
        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.getHeaders().get("Location")).startsWith("/login");
    }

    private long user(String email) {
        return accounts.register(new Registration(email, "Someone", PASSWORD)).id();
    }
}
