package com.yumroad.platform.api;

import com.yumroad.platform.api.Callers.Caller;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.StatementCounter;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.yumroad.platform.api.Callers.fields;
import static com.yumroad.platform.api.Contract.patch;
import static com.yumroad.platform.api.Contract.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each endpoint sends the same number of SQL statements whatever the size of what it answers or writes: a page of
 * 1 or of 60 products, a product with 1 tag or 10. The budgets are asserted exactly, so a change shows here.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
// Deliveries of after-commit events run on other threads at their own time: keep them out of the request's count.
@Property(name = "yumroad.events.dispatch-after-commit", value = "false")
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
class StatementBudgetTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    StatementCounter statements;
    Contract api;
    Callers callers;
    Caller seller;
    long product;
    String sellerSlug;

    @BeforeAll
    void catalogue() {
        api = new Contract(client.toBlocking(), json);
        callers = new Callers(api);
        seller = callers.seller("Counted");
        // 60 more stores, so that a page of 60 stores is full (their owners made directly: sign-ups are limited)
        try (var c = connection(); var st = c.createStatement()) {
            st.executeUpdate("insert into accounts.users (email, name, password_hash) select 'owner' || n || "
                    + "'@example.com', 'Owner ' || n, 'h' from generate_series(1, 60) n");
            st.executeUpdate("insert into storefront.stores (owner_id, name, slug) select id, name || ' shop', "
                    + "'shop-' || id from accounts.users where email like 'owner%@example.com'");
            try (var rs = st.executeQuery("select slug from storefront.stores where id = " + seller.storeId())) {
                rs.next();
                sellerSlug = rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < 60; i++) {
            product = callers.product(seller, "Counted product " + i, i, "tag" + (i % 7), "tag" + (i % 5),
                    "tag" + (i % 3));
        }
    }

    @Test
    void readsCostTheSameWhateverThePageSize() {
        Map<String, Long> small = new LinkedHashMap<>();
        Map<String, Long> large = new LinkedHashMap<>();
        for (var sizes : List.of(Map.entry(1, small), Map.entry(60, large))) {
            int limit = sizes.getKey();
            Map<String, Long> counts = sizes.getValue();
            counts.put("GET /products", count("/api/v1/products?limit=" + limit));
            counts.put("GET /products?store&tag", count("/api/v1/products?store=" + seller.storeId()
                    + "&tag=tag1&limit=" + limit));
            counts.put("GET /stores/{id}/products", count("/api/v1/stores/" + seller.storeId() + "/products?limit="
                    + limit));
            counts.put("GET /users/{id}/products", count("/api/v1/users/" + seller.id() + "/products?limit="
                    + limit));
            counts.put("GET /stores", count("/api/v1/stores?limit=" + limit));
        }
        small.put("GET /products/{id}", count("/api/v1/products/" + product));
        small.put("GET /stores/{id}", count("/api/v1/stores/" + seller.storeId()));
        small.put("GET /stores?slug", count("/api/v1/stores?slug=" + sellerSlug));
        small.put("GET /tags", count("/api/v1/tags"));

        // a page is one statement (catalog.product_cards); a store's or user's list first checks that it exists;
        // stores (storefront) answer with their product counts (catalog's), one statement for the page's stores
        assertThat(large).isEqualTo(Map.of("GET /products", 1L, "GET /products?store&tag", 1L,
                "GET /stores/{id}/products", 2L, "GET /users/{id}/products", 2L, "GET /stores", 2L));
        assertThat(small).containsAllEntriesOf(large).containsEntry("GET /products/{id}", 1L)
                .containsEntry("GET /stores/{id}", 2L).containsEntry("GET /stores?slug", 2L)
                .containsEntry("GET /tags", 1L);
    }

    @Test
    void writesCostTheSameWhateverTheNumberOfTags() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int tags : List.of(1, 10)) {
            List<String> names = IntStream.range(0, tags).mapToObj(i -> "budget" + i).toList();
            var created = statements.count(() -> api.call(post("/api/v1/products", api.json(fields("name",
                    "Budget product", "priceCents", 10, "tags", names))).bearerAuth(seller.token())));
            counts.put("POST /products, tags " + tags, created.statements());
            long id = created.result().id();
            counts.put("PATCH /products/{id}, tags " + tags, statements.count(() -> api.call(patch(
                    "/api/v1/products/" + id, api.json(fields("tags", names))).bearerAuth(seller.token())))
                    .statements());
            counts.put("DELETE /products/{id}, tags " + tags, statements.count(() -> api.call(HttpRequest.DELETE(
                    "/api/v1/products/" + id).bearerAuth(seller.token()))).statements());
        }
        Caller user = callers.user("Budget");
        counts.put("POST /stores", statements.count(() -> api.call(post("/api/v1/stores",
                api.json(fields("name", "Budget Shop"))).bearerAuth(user.token()))).statements());
        counts.put("POST /products, a store's first", statements.count(() -> api.call(post("/api/v1/products",
                api.json(fields("name", "First product", "priceCents", 10, "tags", List.of("budget0"))))
                .bearerAuth(user.token()))).statements());
        counts.put("PATCH /stores/{id}", statements.count(() -> api.call(patch("/api/v1/stores/" + seller.storeId(),
                api.json(fields("name", "Renamed Shop"))).bearerAuth(seller.token()))).statements());

        // publish: hold the creator (the answer's name), hold their store (key share), the row, two set-based tag
        // statements, the store's count change (catalog's); the store's first product also writes catalog's copy of
        // the seller's names (later ones skip it once this instance has seen it committed); change: lock, update, three tag
        // statements, the answer re-read in one; remove: hold the store, lock the product, delete, the store's count
        // change. Each write also logs its event's publications, one per after-commit listener, in one statement;
        // removing also expires the product's pending orders (sales) in the same transaction.
        // Opening a store: hold the owner, their store if any, the insert (slug decided by the unique index),
        // catalog's count for it, the publications. Renaming it: lock, update, catalog's copy of the name, the
        // publications, and the answer's product count (catalog's).
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "POST /products, tags 1", 7L, "POST /products, tags 10", 7L, "POST /products, a store's first", 8L,
                "PATCH /products/{id}, tags 1", 7L, "PATCH /products/{id}, tags 10", 7L,
                "DELETE /products/{id}, tags 1", 6L, "DELETE /products/{id}, tags 10", 6L,
                "POST /stores", 5L, "PATCH /stores/{id}", 5L));
    }

    private long count(String path) {
        return statements.count(() -> api.call(HttpRequest.GET(path))).statements();
    }
}
