package com.yumroad.activity;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductPublished;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleRefunded;
import com.yumroad.accounts.Sessions;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.Eventually;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityFeedTest implements FreshDatabase {

    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    Listens listens;
    @Inject
    DomainEvents events;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    TokenGenerator tokens;
    @Inject
    Sessions sessions;
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theOwnerSeesWhatHappenedToTheStoreAndItsProductsNewestFirst() {
        long owner = newUser("Ada");
        Store store = storefront.open(owner, new NewStore("Ada's shop", null));
        storefront.change(store.id(), owner, new StoreChanges("Ada's workshop", null));
        long product = catalog.create(owner, new NewProduct("Lamp", "A lamp", 1500L, List.of())).id();
        catalog.change(product, owner, new ProductChanges("Desk lamp", null, null, null));
        catalog.remove(product, owner);

        List<Map<String, Object>> items = awaitFeed(store.id(), owner, 5);

        assertThat(items).extracting(i -> i.get("kind")).containsExactly(
                "product_removed", "product_updated", "product_published", "store_renamed", "store_opened");
        assertThat(items.get(0)).containsEntry("productId", (int) product).containsEntry("name", "Desk lamp");
        assertThat(items.get(3)).containsEntry("name", "Ada's workshop").containsEntry("previousName", "Ada's shop")
                .containsEntry("productId", null);
        assertThat(items).allSatisfy(i -> assertThat(i.get("occurredAt")).isNotNull());
    }

    @Test
    void theFeedIsPagedWithACursor() {
        long owner = newUser("Bea");
        Store store = storefront.open(owner, new NewStore("Bea's shop", null));
        for (int i = 1; i <= 3; i++) {
            catalog.create(owner, new NewProduct("Thing " + i, "A thing", 100L, List.of()));
        }
        awaitFeed(store.id(), owner, 4);

        Map<String, Object> first = get("/api/v1/stores/" + store.id() + "/activity?limit=3", owner).body();
        assertThat((List<?>) first.get("items")).hasSize(3);
        Map<String, Object> second = get("/api/v1/stores/" + store.id() + "/activity?limit=3&cursor="
                + first.get("nextCursor"), owner).body();
        assertThat(items(second)).extracting(i -> i.get("kind")).containsExactly("store_opened");
        assertThat(second.get("nextCursor")).isNull();
    }

    @Test
    void onlyTheOwnerMaySeeTheFeed() {
        long owner = newUser("Cy");
        long stranger = newUser("Eve");
        Store store = storefront.open(owner, new NewStore("Cy's shop", null));

        HttpResponse<Map<String, Object>> forbidden = get("/api/v1/stores/" + store.id() + "/activity", stranger);
        assertThat(forbidden.code()).isEqualTo(403);
        assertThat(forbidden.getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(call(HttpRequest.GET("/api/v1/stores/" + store.id() + "/activity")).code()).isEqualTo(401);
        assertThat(get("/api/v1/stores/" + (store.id() + 10_000) + "/activity", owner).code()).isEqualTo(404);
    }

    @Test
    void salesAndRefundsOfTheStoresProductsAreInTheFeed() {
        long owner = newUser("Gus");
        Store store = storefront.open(owner, new NewStore("Gus's shop", null));
        long product = catalog.create(owner, new NewProduct("Brush set", "Brushes", 900L, List.of())).id();
        Instant paid = Instant.parse("2026-03-04T05:06:07Z");
        transactions.executeWrite(status -> {
            events.publish(new SaleCompleted(501, product, store.id(), owner, "Brush set", "buyer@example.com", 900L,
                    "usd", paid, paid));
            return null;
        });
        transactions.executeWrite(status -> {
            events.publish(new SaleRefunded(501, product, store.id(), owner, "Brush set", "buyer@example.com", 900L,
                    "usd", paid, paid, paid.plusSeconds(60)));
            return null;
        });

        List<Map<String, Object>> items = awaitFeed(store.id(), owner, 4);

        assertThat(items).extracting(i -> i.get("kind")).containsExactly(
                "sale_refunded", "sale_completed", "product_published", "store_opened");
        assertThat(items.get(0)).containsEntry("productId", (int) product).containsEntry("name", "Brush set")
                .containsEntry("previousName", null);
    }

    @Test
    void theFeedKeepsNoForeignKeyIntoAnotherModulesTables() throws SQLException {
        try (Connection c = connection(); var rs = c.createStatement().executeQuery(
                "select count(*) from pg_constraint where contype = 'f' and connamespace = 'activity'::regnamespace")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void aSecondDeliveryOfTheSamePublicationAddsNothing() throws SQLException {
        long owner = newUser("Dan");
        Store store = storefront.open(owner, new NewStore("Dan's shop", null));
        ProductPublished event = new ProductPublished(77, store.id(), owner, "Kite");
        Delivery delivery = new Delivery(-1, Instant.parse("2026-01-02T03:04:05Z"), 1);

        for (int attempt = 0; attempt < 2; attempt++) {
            transactions.executeWrite(status -> {
                listens.productPublished(event, delivery);
                return null;
            });
        }

        assertThat(countWhere("publication_id = -1")).isOne();
    }

    @Test
    void aClosedStoresFeedGoesWithItAndLateEntriesForItAreDropped() throws SQLException {
        long owner = newUser("Fay");
        Store store = storefront.open(owner, new NewStore("Fay's shop", null));
        awaitFeed(store.id(), owner, 1);

        storefront.close(store.id(), owner);
        transactions.executeWrite(status -> {
            listens.productPublished(new ProductPublished(78, store.id(), owner, "Late"), new Delivery(-2, Instant.now(), 1));
            return null;
        });

        assertThat(countWhere("store_id = " + store.id())).isZero();
    }

    private long newUser(String name) {
        return accounts.register(new Registration(UUID.randomUUID() + "@example.com", name, "correct horse")).id();
    }

    private List<Map<String, Object>> awaitFeed(long storeId, long owner, int entries) {
        return Eventually.await(entries + " activity entries for store " + storeId,
                () -> items(get("/api/v1/stores/" + storeId + "/activity", owner).body()),
                items -> items.size() == entries);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private HttpResponse<Map<String, Object>> get(String path, long userId) {
        String token = tokens.generateToken(sessions.start(userId), 3600).orElseThrow();
        return call(HttpRequest.GET(path).bearerAuth(token));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<Map<String, Object>> call(HttpRequest<?> request) {
        try {
            return (HttpResponse) http.toBlocking().exchange(request, Argument.of(Map.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }

    private long countWhere(String condition) throws SQLException {
        try (Connection c = connection(); var rs = c.createStatement()
                .executeQuery("select count(*) from activity.store_activity where " + condition)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
