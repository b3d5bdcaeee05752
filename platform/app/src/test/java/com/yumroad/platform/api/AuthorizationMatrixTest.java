package com.yumroad.platform.api;


import com.yumroad.platform.api.Callers.Caller;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.yumroad.platform.api.ApiErrorsTest.assertProblem;
import static com.yumroad.platform.api.Callers.fields;
import static com.yumroad.platform.api.Contract.patch;
import static com.yumroad.platform.api.Contract.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint, tried with another user's token (403 where there is an owner) and with none (401): the
 * database is the same afterwards, row for row.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class AuthorizationMatrixTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    Contract api;
    Caller owner;
    Caller stranger;
    long product;

    @BeforeAll
    void world() {
        api = new Contract(client.toBlocking(), json);
        Callers callers = new Callers(api);
        owner = callers.seller("Owner");
        stranger = callers.seller("Stranger");
        product = callers.product(owner, "Owned Product", 100, "owned");
    }

    /** The writes that belong to someone: a stranger gets 403. */
    private Map<String, Supplier<MutableHttpRequest<?>>> ownedWrites() {
        return Map.of(
                "PATCH store", () -> patch("/api/v1/stores/" + owner.storeId(), api.json(fields("name", "Taken Over"))),
                "PATCH product", () -> patch("/api/v1/products/" + product, api.json(fields("priceCents", 1,
                        "tags", List.of("stolen")))),
                "DELETE product", () -> HttpRequest.DELETE("/api/v1/products/" + product));
    }

    /** Every write: without a token, 401. */
    private Map<String, Supplier<MutableHttpRequest<?>>> allWrites() {
        var writes = new java.util.HashMap<>(ownedWrites());
        writes.put("POST store", () -> post("/api/v1/stores", api.json(fields("name", "Anonymous Shop"))));
        writes.put("POST product", () -> post("/api/v1/products", api.json(fields("name", "Anonymous Product",
                "priceCents", 1))));
        writes.put("PATCH me", () -> patch("/api/v1/users/me", api.json(fields("name", "Nobody"))));
        writes.put("PUT my password", () -> HttpRequest.PUT("/api/v1/users/me/password", api.json(fields(
                "currentPassword", Callers.PASSWORD, "newPassword", "battery staple")))
                .contentType("application/json"));
        writes.put("DELETE me", () -> HttpRequest.DELETE("/api/v1/users/me"));
        return writes;
    }

    @Test
    void anotherUsersTokenAnswers403AndChangesNothing() throws SQLException {
        String before = database();

        ownedWrites().forEach((name, request) ->
                assertProblem(api.call(request.get().bearerAuth(stranger.token())), 403));

        assertThat(database()).isEqualTo(before);
    }

    @Test
    void noTokenOrABadOneAnswers401AndChangesNothing() throws SQLException {
        String before = database();

        allWrites().forEach((name, request) -> {
            assertProblem(api.offDocument(request.get()), 401);
            assertProblem(api.offDocument(request.get().bearerAuth(owner.token().substring(0,
                    owner.token().length() - 2) + "xx")), 401);
        });

        assertThat(database()).isEqualTo(before);
    }

    @Test
    void theOwnerMayDoWhatTheStrangerMayNot() {
        assertThat(api.call(patch("/api/v1/stores/" + owner.storeId(), api.json(fields("description", "Mine")))
                .bearerAuth(owner.token())).status()).isEqualTo(200);
        assertThat(api.call(patch("/api/v1/products/" + product, api.json(fields("priceCents", 2)))
                .bearerAuth(owner.token())).json()).containsEntry("priceCents", 2);
    }

    private String database() throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("accounts.users", "storefront.stores", "catalog.products", "catalog.tags",
                "catalog.product_tags")) {
            String row = "t::text";
            try (var c = connection(); var rs = c.createStatement().executeQuery(
                    "select string_agg(" + row + ", '\n' order by " + row + ") from " + table + " t")) {
                rs.next();
                all.append(table).append(":\n").append(rs.getString(1)).append('\n');
            }
        }
        return all.toString();
    }
}
