package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.yumroad.accounts.web.ApiCalls.call;
import static com.yumroad.accounts.web.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits on guessable secrets are counted in PostgreSQL: two application instances on one database (as behind one
 * load balancer) give an attacker no more guesses than one. Also: the current-password check and sign-up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-account", value = "4")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "yumroad.login-throttle.period", value = "1h")
@Property(name = "yumroad.limits.password-check.attempts", value = "3")
@Property(name = "yumroad.limits.password-check.period", value = "1h")
@Property(name = "yumroad.limits.sign-up.per-client", value = "3")
@Property(name = "yumroad.limits.sign-up.period", value = "1h")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class SharedLimitsTest implements FreshDatabase {

    private static final String PASSWORD = "correct horse";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    EmbeddedServer server;
    EmbeddedServer other;
    HttpClient otherClient;

    @BeforeAll
    void aSecondInstanceOnTheSameDatabase() throws Exception {
        Map<String, Object> settings = new HashMap<>(getProperties());
        for (String name : List.of("yumroad.login-throttle.per-account", "yumroad.login-throttle.per-client",
                "yumroad.login-throttle.period", "yumroad.limits.password-check.attempts",
                "yumroad.limits.password-check.period", "yumroad.limits.sign-up.per-client",
                "yumroad.limits.sign-up.period")) {
            settings.put(name, server.getApplicationContext().getRequiredProperty(name, String.class));
        }
        settings.put("yumroad.jwt.secret", server.getApplicationContext()
                .getRequiredProperty("yumroad.jwt.secret", String.class));
        other = ApplicationContext.run(EmbeddedServer.class, settings, "test");
        otherClient = HttpClient.create(new URL("http://localhost:" + other.getPort()));
    }

    @AfterAll
    void stopTheSecondInstance() {
        otherClient.close();
        other.close();
    }

    @Test
    void failedLogInsOnTwoInstancesCountAgainstOneLimit() {
        accounts.register(new Registration("target@example.com", "Target", PASSWORD));
        List<BlockingHttpClient> instances = List.of(client.toBlocking(), otherClient.toBlocking());

        for (int i = 0; i < 4; i++) {
            assertThat(logIn(instances.get(i % 2), "wrong horse " + i).code()).as("guess %d", i).isEqualTo(401);
        }

        assertThat(logIn(instances.get(0), PASSWORD).code()).isEqualTo(429);
        assertThat(logIn(instances.get(1), PASSWORD).code()).isEqualTo(429);
    }

    @Test
    void theBucketsAreRowsInThePlatformSchemaWithoutTheEmailInClear() throws Exception {
        accounts.register(new Registration("counted@example.com", "Counted", PASSWORD));
        call(client.toBlocking(), HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "counted@example.com", "password", "wrong horse")));

        try (Connection c = connection(); ResultSet rows = c.createStatement()
                .executeQuery("select id from platform.rate_limit_buckets")) {
            StringBuilder ids = new StringBuilder();
            while (rows.next()) {
                ids.append(rows.getString(1)).append('\n');
            }
            assertThat(ids).contains("login-account:").contains("login-client:").doesNotContain("counted@example.com");
        }
    }

    @Test
    void wrongCurrentPasswordsAreLimitedPerUserAcrossInstances() {
        accounts.register(new Registration("guessed@example.com", "Guessed", PASSWORD));
        String stolen = token(client.toBlocking(), "guessed@example.com", PASSWORD);
        List<BlockingHttpClient> instances = List.of(client.toBlocking(), otherClient.toBlocking());

        for (int i = 0; i < 3; i++) {
            assertThat(changePassword(instances.get(i % 2), stolen, "guess " + i).code()).isEqualTo(422);
        }
        HttpResponse<Map<String, Object>> refused = changePassword(instances.get(1), stolen, PASSWORD);

        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.getHeaders().get("Retry-After")).matches("[1-9][0-9]*");
        assertThat(token(client.toBlocking(), "guessed@example.com", PASSWORD)).as("the password is unchanged")
                .isNotBlank();
    }

    @Test
    void refusedSignUpsAreLimitedPerClientButSuccessfulOnesAreNot() {
        BlockingHttpClient http = client.toBlocking();
        for (int i = 0; i < 5; i++) {
            assertThat(signUp(http, "new" + i + "@example.com").code()).isEqualTo(201);
        }
        accounts.register(new Registration("taken@example.com", "Taken", PASSWORD));
        for (int i = 0; i < 3; i++) {
            assertThat(signUp(i % 2 == 0 ? http : otherClient.toBlocking(), "taken@example.com").code()).isEqualTo(409);
        }

        assertThat(signUp(otherClient.toBlocking(), "taken@example.com").code()).isEqualTo(429);
        assertThat(signUp(http, "later@example.com").code()).isEqualTo(429);
    }

    private HttpResponse<Map<String, Object>> logIn(BlockingHttpClient http, String password) {
        return call(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "target@example.com", "password", password)));
    }

    private HttpResponse<Map<String, Object>> changePassword(BlockingHttpClient http, String token, String current) {
        return call(http, HttpRequest.PUT("/api/v1/users/me/password",
                Map.of("currentPassword", current, "newPassword", "battery staple")).bearerAuth(token));
    }

    private HttpResponse<Map<String, Object>> signUp(BlockingHttpClient http, String email) {
        return call(http, HttpRequest.POST("/api/v1/users", Map.of("email", email, "name", "New", "password", PASSWORD)));
    }
}
