package com.yumroad.platform.api;

import com.yumroad.platform.api.Callers.Caller;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.yumroad.platform.api.Callers.fields;
import static com.yumroad.platform.api.Contract.patch;
import static com.yumroad.platform.api.Contract.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The races of issue 11, each released together by a barrier and run for several rounds: one winner, a clear 4xx
 * (never a 5xx) for the others, and the database's invariants checked in SQL afterwards (every store's count equals
 * its products, no tag link or product without its parent, one activity entry per real change). How each race is
 * decided is in docs/architecture.md, "Races".
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "100000")
@Property(name = "yumroad.tags.new-per-account", value = "100000")
class RaceTest implements FreshDatabase {

    static final int ROUNDS = 8;
    static final int RACERS = 6;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    Contract api;
    Callers callers;
    ExecutorService pool;

    @BeforeAll
    void start() {
        api = new Contract(client.toBlocking(), json);
        callers = new Callers(api);
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    @AfterEach
    void invariantsHold() throws SQLException {
        assertThat(count("""
                select count(*) from storefront.stores s
                where coalesce((select c.product_count from catalog.store_product_counts c where c.store_id = s.id), 0)
                      + coalesce((select sum(d.delta) from catalog.product_count_changes d where d.store_id = s.id), 0)
                      <> (select count(*) from catalog.products p where p.store_id = s.id)"""))
                .as("stores whose product count is not their number of products").isZero();
        assertThat(count("""
                select (select count(*) from catalog.store_product_counts c
                        where not exists (select 1 from storefront.stores s where s.id = c.store_id))
                     + (select count(*) from catalog.product_count_changes d
                        where not exists (select 1 from storefront.stores s where s.id = d.store_id))"""))
                .as("counts and count changes of stores that are gone").isZero();
        assertThat(count("""
                select count(*) from catalog.product_tags pt
                where not exists (select 1 from catalog.products p where p.id = pt.product_id)"""))
                .as("tag links without their product").isZero();
        assertThat(count("""
                select count(*) from catalog.products p
                where not exists (select 1 from storefront.stores s where s.id = p.store_id)
                   or not exists (select 1 from accounts.users u where u.id = p.creator_id)"""))
                .as("products without their store or creator").isZero();
    }

    @Test
    void twoDeletesOfOneProductHaveOneWinnerAndTheCountFollowsTheRows() throws Exception {
        Caller seller = callers.seller("Double Clicker");
        callers.product(seller, "Keeper", 100);
        List<Long> removed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long product = callers.product(seller, "Doomed " + round, 100, "doomed");
            List<Integer> answers = race(RACERS, i -> () ->
                    api.call(HttpRequest.DELETE("/api/v1/products/" + product).bearerAuth(seller.token())).status());
            assertThat(answers).as("round " + round).containsOnlyOnce(204)
                    .allSatisfy(status -> assertThat(status).isIn(204, 404));
            removed.add(product);
        }
        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + seller.storeId())).json().get("productCount"))
                .isEqualTo(1);
        awaitDeliveries();
        for (long product : removed) {
            assertThat(count("select count(*) from activity.store_activity where kind = 'product_removed' "
                    + "and product_id = " + product)).as("removal entries of product " + product).isOne();
        }
    }

    @Test
    void deletingAnAccountWhileItsOwnerAddsProductsLeavesNothingBehind() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Caller seller = callers.seller("Leaver " + round);
            callers.product(seller, "Old stock", 100, "old");
            List<Integer> answers = race(RACERS, i -> i == 0
                    ? () -> api.call(HttpRequest.DELETE("/api/v1/users/me").bearerAuth(seller.token())).status()
                    : () -> api.call(post("/api/v1/products", api.json(fields("name", "Last minute " + i,
                            "priceCents", 100, "tags", List.of("late", "t" + i)))).bearerAuth(seller.token())).status());
            assertThat(answers.get(0)).as("the deletion, round " + round).isEqualTo(204);
            assertThat(answers.subList(1, answers.size())).as("the additions, round " + round)
                    .allSatisfy(status -> assertThat(status).isIn(201, 401, 404));
            assertThat(count("select count(*) from catalog.products where creator_id = " + seller.id())).isZero();
            assertThat(count("select count(*) from storefront.stores where owner_id = " + seller.id())).isZero();
            assertThat(count("select count(*) from accounts.users where id = " + seller.id())).isZero();
        }
    }

    @Test
    void changesRacingTheRemovalOfTheirProductAnswer200Or404() throws Exception {
        Caller seller = callers.seller("Fickle");
        for (int round = 0; round < ROUNDS; round++) {
            long product = callers.product(seller, "Moving target " + round, 100, "a", "b");
            List<Integer> answers = race(RACERS, i -> i == 0
                    ? () -> api.call(HttpRequest.DELETE("/api/v1/products/" + product).bearerAuth(seller.token())).status()
                    : () -> api.call(patch("/api/v1/products/" + product, api.json(fields("name", "Renamed " + i,
                            "tags", List.of("c" + i, "d")))).bearerAuth(seller.token())).status());
            assertThat(answers.get(0)).as("the removal, round " + round).isEqualTo(204);
            assertThat(answers.subList(1, answers.size())).as("the changes, round " + round)
                    .allSatisfy(status -> assertThat(status).isIn(200, 404));
            assertThat(count("select count(*) from catalog.products where id = " + product)).isZero();
        }
    }

    @Test
    void storesOpenedWithTheSameNameAtOnceAllOpenWithTheirOwnAddress() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<Caller> openers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                openers.add(callers.user("Twin " + round + "-" + i));
            }
            String name = "Twin Peaks Bakery " + round;
            List<Integer> answers = race(openers.size(), i -> () -> api.call(post("/api/v1/stores",
                    api.json(fields("name", name))).bearerAuth(openers.get(i).token())).status());
            assertThat(answers).as("round " + round).containsOnly(201);
            List<String> slugs = strings("select slug from storefront.stores where name = '" + name + "'");
            assertThat(slugs).hasSize(openers.size());
            assertThat(new HashSet<>(slugs)).hasSize(openers.size());
        }
    }

    @Test
    void aDeletedUsersStillValidTokenOpensNothing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Caller user = callers.user("Ghost " + round);
            List<Integer> answers = race(2, i -> i == 0
                    ? () -> api.call(HttpRequest.DELETE("/api/v1/users/me").bearerAuth(user.token())).status()
                    : () -> api.call(post("/api/v1/stores", api.json(fields("name", "Haunted Shop " + i)))
                            .bearerAuth(user.token())).status());
            assertThat(answers.get(0)).as("the deletion, round " + round).isEqualTo(204);
            assertThat(answers.get(1)).as("the opening, round " + round).isIn(201, 401, 404);
            assertThat(count("select count(*) from storefront.stores where owner_id = " + user.id())).isZero();

            // the deletion ended the user's sessions: the token is refused before any use case runs
            assertThat(api.call(post("/api/v1/stores", api.json(fields("name", "After Life Shop")))
                    .bearerAuth(user.token())).status()).isEqualTo(401);
            assertThat(api.call(post("/api/v1/products", api.json(fields("name", "After Life", "priceCents", 1)))
                    .bearerAuth(user.token())).status()).isEqualTo(401);
            assertThat(api.call(HttpRequest.DELETE("/api/v1/users/me").bearerAuth(user.token())).status())
                    .isEqualTo(401);
        }
    }

    /** Runs {@code n} requests released together by a barrier; answers their statuses in racer order. */
    private List<Integer> race(int n, java.util.function.IntFunction<Callable<Integer>> racer) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(n);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<Integer> request = racer.apply(i);
            futures.add(pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return request.call();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get(60, TimeUnit.SECONDS));
        }
        assertThat(statuses).as("no server error").allSatisfy(s -> assertThat(s).isLessThan(500));
        return statuses;
    }

    private void awaitDeliveries() {
        Eventually.await("every event publication delivered", () -> count(
                "select count(*) from platform.event_publication where status <> 'completed'"), n -> n == 0);
    }

    private long count(String sql) throws SQLException {
        try (var c = connection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (var c = connection(); var rs = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
