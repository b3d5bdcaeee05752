package com.yumroad.webhooks.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.testing.FreshDatabase;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /api/v1/webhooks over HTTP, as an integrator calls it: personal access tokens with and without the scope, owners
 * apart, field errors as problem+json, and the address guard at its strictest (the settings' defaults: https only,
 * public addresses only). A public address literal (no DNS needed) stands for an acceptable receiver.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class WebhooksApiTest implements FreshDatabase {

    static final String PASSWORD = "correct horse";
    static final String RECEIVER = "https://93.184.215.14/yumroad-hooks";
    static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    BlockingHttpClient http;

    @BeforeAll
    void blocking() {
        http = client.toBlocking();
    }

    @Test
    void aTokenWithTheScopeSubscribesListsAndRemovesItsWebhooks() {
        String token = token(newUser(), "manage_webhooks");

        HttpResponse<Map<String, Object>> made = call(bearer(HttpRequest.POST("/api/v1/webhooks",
                Map.of("url", RECEIVER, "events", List.of("catalog.product-published", "sales.sale-completed"))), token));

        assertThat(made.code()).isEqualTo(201);
        assertThat(made.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        @SuppressWarnings("unchecked")
        Map<String, Object> webhook = (Map<String, Object>) made.body().get("webhook");
        String secret = (String) made.body().get("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(made.getHeaders().get("Location")).isEqualTo("/api/v1/webhooks/" + webhook.get("id"));
        assertThat(webhook).containsEntry("url", RECEIVER).containsEntry("disabledAt", null)
                .containsEntry("events", List.of("catalog.product-published", "sales.sale-completed"));

        List<Map<String, Object>> listed = list(token);
        assertThat(listed).extracting(w -> w.get("id")).containsExactly(webhook.get("id"));
        assertThat(listed.toString()).doesNotContain(secret.substring(6));
        assertThat(call(bearer(HttpRequest.GET("/api/v1/webhooks/" + webhook.get("id") + "/deliveries"), token))
                .code()).isEqualTo(200);

        assertThat(call(bearer(HttpRequest.DELETE("/api/v1/webhooks/" + webhook.get("id")), token)).code())
                .isEqualTo(204);
        assertThat(list(token)).isEmpty();
    }

    @Test
    void aTokenWithoutTheScopeIsRefusedWith403NamingIt() {
        String token = token(newUser(), "read", "write_products", "read_sales");

        for (MutableHttpRequest<?> request : List.of(HttpRequest.GET("/api/v1/webhooks"),
                HttpRequest.POST("/api/v1/webhooks", Map.of("url", RECEIVER, "events", List.of("sales.sale-completed"))),
                HttpRequest.DELETE("/api/v1/webhooks/1"))) {
            HttpResponse<Map<String, Object>> refused = call(bearer(request, token));
            assertThat(refused.code()).as(request.getMethodName()).isEqualTo(403);
            assertThat(refused.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            assertThat((String) refused.body().get("detail")).contains("manage_webhooks");
        }
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        assertThat(call(HttpRequest.GET("/api/v1/webhooks")).code()).isEqualTo(401);
    }

    @Test
    void aWebhookIsItsOwnersOnly() {
        String owner = token(newUser(), "manage_webhooks");
        String other = token(newUser(), "manage_webhooks");
        Object id = ((Map<?, ?>) call(bearer(HttpRequest.POST("/api/v1/webhooks",
                Map.of("url", RECEIVER, "events", List.of("sales.sale-refunded"))), owner)).body().get("webhook"))
                .get("id");

        assertThat(list(other)).isEmpty();
        for (MutableHttpRequest<?> request : List.of(HttpRequest.DELETE("/api/v1/webhooks/" + id),
                HttpRequest.GET("/api/v1/webhooks/" + id + "/deliveries"),
                HttpRequest.POST("/api/v1/webhooks/" + id + "/secret", ""),
                HttpRequest.POST("/api/v1/webhooks/" + id + "/deliveries/1/redeliver", ""))) {
            HttpResponse<Map<String, Object>> refused = call(bearer(request, other));
            assertThat(refused.code()).as(request.getPath()).isEqualTo(404);
            assertThat(refused.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        }
        assertThat(list(owner)).extracting(w -> w.get("id")).containsExactly(id);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "not a url at all           | url    | Not a URL",
            "http://93.184.215.14/hooks | url    | Must be an https:// URL",
            "https://user:pw@93.184.215.14/ | url | Must name a host, without a user or password",
            "''                         | url    | Give the URL to deliver to"})
    void aBadUrlAnswers422WithTheErrorBesideTheField(String url, String field, String message) {
        HttpResponse<Map<String, Object>> refused = subscribe(url, List.of("sales.sale-completed"));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(errors(refused)).containsExactly(Map.of("field", field, "message", message));
    }

    @Test
    void unknownOrMissingEventsAnswer422OnEvents() {
        assertThat(errors(subscribe(RECEIVER, List.of("catalog.product-exploded"))))
                .singleElement().satisfies(e -> {
                    assertThat(e).containsEntry("field", "events");
                    assertThat((String) e.get("message")).startsWith("Unknown event 'catalog.product-exploded': use ");
                });
        assertThat(errors(subscribe(RECEIVER, List.of())))
                .containsExactly(Map.of("field", "events", "message", "Choose at least one event"));
    }

    /** Each refusal says which address it found and why it is refused, so the owner can tell what to fix. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "https://127.0.0.1/hook       | 127.0.0.1 is loopback",
            "https://localhost/hook       | localhost resolves to 127.0.0.1 is loopback",
            "https://10.1.2.3/hook        | 10.1.2.3 is private",
            "https://192.168.1.1/hook     | 192.168.1.1 is private",
            "https://169.254.169.254/latest/meta-data | 169.254.169.254 is link-local (cloud metadata)",
            "https://[::1]/hook           | is loopback",
            "https://[::ffff:127.0.0.1]/hook | 127.0.0.1 is loopback",
            "https://224.0.0.1/hook       | 224.0.0.1 is multicast"})
    void anAddressOnTheHostsOwnNetworksIsRefusedClearly(String url, String why) {
        HttpResponse<Map<String, Object>> refused = subscribe(url, List.of("sales.sale-completed"));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(errors(refused)).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("field", "url");
            assertThat((String) e.get("message")).startsWith("Not allowed: ").contains(why);
        });
    }

    private HttpResponse<Map<String, Object>> subscribe(String url, List<String> events) {
        return call(bearer(HttpRequest.POST("/api/v1/webhooks", Map.of("url", url, "events", events)),
                token(newUser(), "manage_webhooks")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpResponse<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.body().get("errors");
    }

    private String newUser() {
        String email = "integrator" + USERS.incrementAndGet() + "@example.com";
        accounts.register(new Registration(email, "Integrator", PASSWORD));
        return email;
    }

    /** A personal access token with these scopes, made as the docs say: with a log-in token. */
    private String token(String email, String... scopes) {
        String logIn = (String) call(HttpRequest.POST("/api/v1/auth/token", Map.of("email", email, "password", PASSWORD)))
                .body().get("accessToken");
        HttpResponse<Map<String, Object>> made = call(bearer(HttpRequest.POST("/api/v1/tokens",
                Map.of("name", "script", "scopes", List.of(scopes))), logIn));
        assertThat(made.code()).isEqualTo(201);
        return (String) made.body().get("token");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String token) {
        return (List<Map<String, Object>>) (List<?>) http.retrieve(bearer(HttpRequest.GET("/api/v1/webhooks"), token),
                Argument.listOf(Map.class));
    }

    private static MutableHttpRequest<?> bearer(MutableHttpRequest<?> request, String token) {
        return request.bearerAuth(token);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<Map<String, Object>> call(HttpRequest<?> request) {
        try {
            return (HttpResponse) http.exchange(request, Argument.of(Map.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }
}
