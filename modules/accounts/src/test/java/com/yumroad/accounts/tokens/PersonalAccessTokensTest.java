package com.yumroad.accounts.tokens;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class PersonalAccessTokensTest implements FreshDatabase {

    static final String PASSWORD = "correct horse";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    BlockingHttpClient http;
    String logIn;

    @BeforeAll
    void aUser() {
        http = client.toBlocking();
        accounts.register(new Registration("integrator@example.com", "Integrator", PASSWORD));
        logIn = (String) call(HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "integrator@example.com", "password", PASSWORD))).getBody().orElseThrow()
                .get("accessToken");
    }

    @Test
    void aTokenIsShownOnceWithItsPrefixAndStoredOnlyAsAKeyedHash() throws SQLException {
        HttpResponse<Map<String, Object>> made = create("CI", List.of("read"), null);

        assertThat(made.code()).isEqualTo(201);
        assertThat(made.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        String secret = (String) made.body().get("token");
        assertThat(secret).matches("yr_pat_[A-Za-z0-9_-]{43}");
        assertThat(made.body().get("hint")).isEqualTo(secret.substring(0, 11) + "…");
        try (var c = connection(); var rs = c.createStatement().executeQuery(
                "select * from accounts.personal_access_tokens where id = " + made.body().get("id"))) {
            rs.next();
            String stored = rs.getString("token_hash");
            assertThat(stored).hasSize(64).doesNotContain(secret.substring(7));
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                assertThat(String.valueOf(rs.getObject(i))).doesNotContain(secret.substring(11));
            }
            assertThat(stored).isNotEqualTo(sha256(secret)).as("keyed, not a plain digest");
        }
        List<?> listed = (List<?>) callList(bearer(HttpRequest.GET("/api/v1/tokens"), logIn));
        assertThat(listed.toString()).contains("CI").doesNotContain(secret);
    }

    @Test
    void theTokenWorksWithinItsScopesAndAMissingScopeIsNamedIn403() {
        String reader = secret(create("reader", List.of("read"), null));
        String writer = secret(create("writer", List.of("write_products"), null));

        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), reader)).body())
                .containsEntry("email", "integrator@example.com");
        HttpResponse<Map<String, Object>> refused = call(bearer(HttpRequest.GET("/api/v1/users/me"), writer));
        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(refused.body().get("detail")).isEqualTo("This token lacks the scope 'read'");
    }

    @Test
    void aTokenNeverDoesWhatOnlyTheAccountHolderMay() {
        String everything = secret(create("all", List.of("read", "write_products", "read_sales", "manage_webhooks"),
                null));

        assertThat(call(bearer(HttpRequest.POST("/api/v1/tokens", Map.of("name", "more", "scopes", List.of("read"))),
                everything)).code()).isEqualTo(403);
        assertThat(call(bearer(HttpRequest.PUT("/api/v1/users/me/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "taken over")), everything)).code()).isEqualTo(403);
        assertThat(call(bearer(HttpRequest.DELETE("/api/v1/users/me"), everything)).code()).isEqualTo(403);
        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), logIn)).code())
                .as("log-in tokens keep full access").isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        HttpResponse<Map<String, Object>> made = create("revoke me", List.of("read"), null);
        String secret = secret(made);
        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), secret)).code()).isEqualTo(200);

        assertThat(call(bearer(HttpRequest.DELETE("/api/v1/tokens/" + made.body().get("id")), logIn)).code())
                .isEqualTo(204);

        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), secret)).code()).isEqualTo(401);
        assertThat(call(bearer(HttpRequest.DELETE("/api/v1/tokens/" + made.body().get("id")), logIn)).code())
                .isEqualTo(404);
    }

    @Test
    void anExpiredOrUnknownTokenIsRefused() throws SQLException {
        HttpResponse<Map<String, Object>> made = create("short", List.of("read"),
                Instant.now().plus(1, ChronoUnit.DAYS));
        String secret = secret(made);
        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), secret)).code()).isEqualTo(200);
        try (var c = connection()) {
            c.createStatement().executeUpdate("update accounts.personal_access_tokens set expires_at = now() "
                    + "- interval '1 second' where id = " + made.body().get("id"));
        }

        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), secret)).code()).isEqualTo(401);
        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), secret.substring(0, secret.length() - 1) + "A"))
                .code()).isEqualTo(401);
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() throws SQLException {
        HttpResponse<Map<String, Object>> made = create("used", List.of("read"), null);
        String secret = secret(made);
        assertThat(lastUsed(made)).isNull();

        call(bearer(HttpRequest.GET("/api/v1/users/me"), secret));
        Instant first = lastUsed(made);
        call(bearer(HttpRequest.GET("/api/v1/users/me"), secret));

        assertThat(first).isNotNull();
        assertThat(lastUsed(made)).isEqualTo(first);
        try (var c = connection()) {
            c.createStatement().executeUpdate("update accounts.personal_access_tokens set last_used_at = now() "
                    + "- interval '2 minutes' where id = " + made.body().get("id"));
        }
        call(bearer(HttpRequest.GET("/api/v1/users/me"), secret));
        assertThat(lastUsed(made)).isAfter(first.minusSeconds(1));
    }

    @Test
    void badInputAnswers422WithEveryFieldAndMakesNothing() throws SQLException {
        long before = count();

        HttpResponse<Map<String, Object>> refused = call(bearer(HttpRequest.POST("/api/v1/tokens", Map.of(
                "name", " ", "scopes", List.of("read", "admin"), "expiresAt", "2001-01-01T00:00:00Z")), logIn));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body().get("errors").toString()).contains("name", "admin", "expiresAt");
        assertThat(count()).isEqualTo(before);
        assertThat(call(HttpRequest.POST("/api/v1/tokens", Map.of("name", "x", "scopes", List.of("read")))).code())
                .isEqualTo(401);
    }

    @Test
    void theAccountPageMakesShowsOnceAndRevokesTokens() {
        WebSession browser = new WebSession(client).logIn("integrator@example.com", PASSWORD);

        HttpResponse<String> made = browser.post("/account/tokens", Map.of("name", "From the web",
                "scopes", "manage_webhooks", "expiresInDays", "30"));
        assertThat(made.code()).isEqualTo(200);
        Matcher shown = Pattern.compile("value=\"(yr_pat_[^\"]+)\"").matcher(made.body());
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);
        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), secret)).body().get("detail"))
                .isEqualTo("This token lacks the scope 'read'");

        String list = browser.get("/account/tokens").body();
        assertThat(list).contains("From the web", "manage_webhooks").doesNotContain(secret);

        HttpResponse<String> noName = browser.post("/account/tokens", Map.of("name", "", "scopes", "read"));
        assertThat(noName.code()).isEqualTo(422);
        assertThat(noName.body()).contains("Token name is required");

        Matcher revoke = Pattern.compile("action=\"/account/tokens/(\\d+)/revoke\"").matcher(list);
        assertThat(revoke.find()).isTrue();
        assertThat(browser.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of()).code()).isEqualTo(303);
        assertThat(call(bearer(HttpRequest.GET("/api/v1/users/me"), secret)).code()).isEqualTo(401);
        assertThat(browser.postExactly("/account/tokens", Map.of("name", "forged", "scopes", "read")).code())
                .as("no CSRF token").isEqualTo(403);
    }

    @Test
    void creationsRacingForTheLastPlacesMakeNoMoreThanTheLimit() throws Exception {
        accounts.register(new Registration("collector@example.com", "Collector", PASSWORD));
        String collector = (String) call(HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "collector@example.com", "password", PASSWORD))).getBody().orElseThrow()
                .get("accessToken");
        for (int i = 0; i < PersonalAccessTokens.MAX_PER_USER - 3; i++) {
            assertThat(call(bearer(HttpRequest.POST("/api/v1/tokens", Map.of("name", "t" + i, "scopes",
                    List.of("read"))), collector)).code()).isEqualTo(201);
        }
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "racer " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return call(bearer(HttpRequest.POST("/api/v1/tokens", Map.of("name", name, "scopes",
                            List.of("read"))), collector)).code();
                }));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).filteredOn(c -> c == 201).hasSize(3);
            assertThat(codes).filteredOn(c -> c == 422).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        try (var c = connection(); var rs = c.createStatement().executeQuery("select count(*) from "
                + "accounts.personal_access_tokens t join accounts.users u on u.id = t.user_id "
                + "where u.email = 'collector@example.com'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(PersonalAccessTokens.MAX_PER_USER);
        }
    }

    private HttpResponse<Map<String, Object>> create(String name, List<String> scopes, Instant expiresAt) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "scopes", scopes));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return call(bearer(HttpRequest.POST("/api/v1/tokens", body), logIn));
    }

    private static String secret(HttpResponse<Map<String, Object>> made) {
        assertThat(made.code()).isEqualTo(201);
        return (String) made.body().get("token");
    }

    private Instant lastUsed(HttpResponse<Map<String, Object>> made) throws SQLException {
        try (var c = connection(); var rs = c.createStatement().executeQuery(
                "select last_used_at from accounts.personal_access_tokens where id = " + made.body().get("id"))) {
            rs.next();
            var at = rs.getTimestamp(1);
            return at == null ? null : at.toInstant();
        }
    }

    private long count() throws SQLException {
        try (var c = connection(); var rs = c.createStatement().executeQuery(
                "select count(*) from accounts.personal_access_tokens")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static MutableHttpRequest<?> bearer(MutableHttpRequest<?> request, String token) {
        return request.bearerAuth(token);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<Map<String, Object>> call(HttpRequest<?> request) {
        try {
            return (HttpResponse) http.exchange(request, Argument.of(Map.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }

    private Object callList(HttpRequest<?> request) {
        return http.retrieve(request, Argument.listOf(Map.class));
    }
}
