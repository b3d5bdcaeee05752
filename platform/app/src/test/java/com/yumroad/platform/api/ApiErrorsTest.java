package com.yumroad.platform.api;


import com.yumroad.platform.api.Callers.Caller;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.yumroad.platform.api.Callers.fields;
import static com.yumroad.platform.api.Contract.patch;
import static com.yumroad.platform.api.Contract.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error status the issue lists, as problem+json that the document describes. 500 is proven once, in the
 * kernel's ProblemAnswersTest (no internals, a request id the log carries); every operation documents it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class ApiErrorsTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    Contract api;
    Callers callers;
    Caller seller;
    long product;

    @BeforeAll
    void contract() {
        api = new Contract(client.toBlocking(), json);
        callers = new Callers(api);
        seller = callers.seller("Errol");
        product = callers.product(seller, "Error Handbook", 100, "errors");
    }

    @Test
    void malformedJsonAndValuesOfTheWrongTypeAnswer400() throws SQLException {
        Caller storeless = callers.user("X");
        String rows = rows();
        String broken = "{\"name\": \"Broken";

        assertProblem(api.offDocument(post("/api/v1/products", broken).bearerAuth(seller.token())), 400);
        assertProblem(api.offDocument(patch("/api/v1/products/" + product, broken).bearerAuth(seller.token())), 400);
        assertProblem(api.offDocument(post("/api/v1/stores", "[1, 2]").bearerAuth(storeless.token())), 400);
        assertProblem(api.offDocument(post("/api/v1/products", "{\"name\": \"Price Words\", \"priceCents\": \"ten\"}")
                .bearerAuth(seller.token())), 400);
        assertProblem(api.offDocument(HttpRequest.GET("/api/v1/products/abc")), 400);
        assertProblem(api.offDocument(HttpRequest.GET("/api/v1/products?limit=many")), 400);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void aGarbledOrForeignCursorAnswers400() {
        callers.product(seller, "Second Handbook", 100);
        String storeCursor = (String) api.call(HttpRequest.GET("/api/v1/stores/" + seller.storeId()
                + "/products?limit=1")).json().get("nextCursor");
        assertThat(storeCursor).isNotNull();

        assertThat(assertProblem(api.call(HttpRequest.GET("/api/v1/products?cursor=not-a-cursor")), 400)
                .errorFields()).containsExactly("cursor");
        assertProblem(api.call(HttpRequest.GET("/api/v1/users/" + seller.id() + "/products?cursor=" + storeCursor)),
                400);
        String tampered = (storeCursor.charAt(0) == 'A' ? 'B' : 'A') + storeCursor.substring(1);
        assertProblem(api.call(HttpRequest.GET("/api/v1/stores/" + seller.storeId() + "/products?limit=1&cursor="
                + tampered)), 400);
        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + seller.storeId() + "/products?limit=1&cursor="
                + storeCursor)).items()).hasSize(1);
    }

    @Test
    void writesWithoutOrWithABadTokenAnswer401() {
        assertProblem(api.offDocument(post("/api/v1/stores", api.json(fields("name", "No Token Store")))), 401);
        assertProblem(api.offDocument(post("/api/v1/products", api.json(fields("name", "No Token", "priceCents", 1)))
                .bearerAuth("not.a.token")), 401);
        assertProblem(api.offDocument(HttpRequest.GET("/api/v1/users/me").bearerAuth(seller.token() + "x")), 401);
    }

    @Test
    void unknownIdsAnswer404AlsoForTheNestedLists() {
        assertProblem(api.call(HttpRequest.GET("/api/v1/products/999999")), 404);
        assertProblem(api.call(HttpRequest.GET("/api/v1/stores/999999")), 404);
        assertProblem(api.call(HttpRequest.GET("/api/v1/stores/999999/products")), 404);
        assertProblem(api.call(HttpRequest.GET("/api/v1/users/999999/products")), 404);
        assertProblem(api.call(patch("/api/v1/products/999999", api.json(fields("priceCents", 5)))
                .bearerAuth(seller.token())), 404);
        assertProblem(api.call(HttpRequest.DELETE("/api/v1/products/999999").bearerAuth(seller.token())), 404);
        assertProblem(api.call(patch("/api/v1/stores/999999", api.json(fields("name", "Nowhere Shop")))
                .bearerAuth(seller.token())), 404);
        assertThat(api.call(HttpRequest.GET("/api/v1/products?store=999999")).items()).isEmpty();
    }

    @Test
    void aMethodThePathDoesNotHaveAnswers405() {
        assertThat(api.noSuchOperation(HttpRequest.DELETE("/api/v1/stores/" + seller.storeId())
                .bearerAuth(seller.token())).status()).isEqualTo(405);
        assertThat(api.noSuchOperation(HttpRequest.PUT("/api/v1/products/" + product, "{}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(seller.token())).status()).isEqualTo(405);
    }

    @Test
    void aSecondStoreAnswers409AndRacingOpenersGetOne201() throws Exception {
        assertThat(assertProblem(api.call(post("/api/v1/stores", api.json(fields("name", "Second Shop")))
                .bearerAuth(seller.token())), 409).errorFields()).containsExactly("name");

        Caller racer = callers.user("Racer");
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String name = "Racing Shop " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.call(post("/api/v1/stores", api.json(fields("name", name))).bearerAuth(racer.token()))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from storefront.stores where owner_id = " + racer.id())).isEqualTo(1);
    }

    @Test
    void oversizedBodiesAndValuesAreRefusedBeforeTheDatabase() throws SQLException {
        String rows = rows();

        assertProblem(api.offDocument(post("/api/v1/products", api.json(fields("name", "Huge", "priceCents", 1,
                "description", "x".repeat(1_100_000)))).bearerAuth(seller.token())), 413);
        assertThat(assertProblem(api.call(post("/api/v1/products", api.json(fields("name", "n".repeat(256),
                "priceCents", 1, "description", "d".repeat(10_001), "tags",
                IntStream.range(0, 11).mapToObj(i -> "tag" + i).toList()))).bearerAuth(seller.token())), 422)
                .errorFields()).containsExactly("name", "description", "tags");
        assertThat(assertProblem(api.call(post("/api/v1/products", api.json(fields("name", "Long Tag", "priceCents", 1,
                "tags", List.of("t".repeat(51))))).bearerAuth(seller.token())), 422).errorFields())
                .containsExactly("tags");
        assertThat(assertProblem(api.call(patch("/api/v1/stores/" + seller.storeId(), api.json(fields(
                "description", "d".repeat(5001)))).bearerAuth(seller.token())), 422).errorFields())
                .containsExactly("description");
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void aBodyThatIsNotJsonAnswers415() throws SQLException {
        String rows = rows();

        assertProblem(api.offDocument(HttpRequest.POST("/api/v1/products", "name=Form&priceCents=1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).bearerAuth(seller.token())), 415);
        assertProblem(api.offDocument(HttpRequest.PATCH("/api/v1/stores/" + seller.storeId(), "Plain Name")
                .contentType(MediaType.TEXT_PLAIN_TYPE).bearerAuth(seller.token())), 415);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void invalidFieldsAnswer422NamingThemAndWriteNothing() throws SQLException {
        Caller storeless = callers.user("Storeless");
        String rows = rows();

        assertThat(assertProblem(api.call(post("/api/v1/stores", api.json(fields("name", "  abc  ")))
                .bearerAuth(storeless.token())), 422).errorFields()).containsExactly("name");
        assertThat(assertProblem(api.call(post("/api/v1/products", api.json(fields("name", "Homeless Product",
                "priceCents", 100))).bearerAuth(storeless.token())), 422).errorFields()).containsExactly("store");
        assertThat(assertProblem(api.offDocument(post("/api/v1/products", api.json(fields("description", "no name")))
                .bearerAuth(seller.token())), 422).errorFields()).containsExactly("name", "priceCents");
        assertThat(assertProblem(api.call(patch("/api/v1/products/" + product, api.json(fields("priceCents", -1)))
                .bearerAuth(seller.token())), 422).errorFields()).containsExactly("priceCents");
        for (String limit : List.of("0", "101", "-5")) {
            assertThat(assertProblem(api.offDocument(HttpRequest.GET("/api/v1/products?limit=" + limit)), 422)
                    .errorFields()).containsExactly("limit");
            assertProblem(api.offDocument(HttpRequest.GET("/api/v1/stores/" + seller.storeId() + "/products?limit="
                    + limit)), 422);
            assertProblem(api.offDocument(HttpRequest.GET("/api/v1/users/" + seller.id() + "/products?limit="
                    + limit)), 422);
        }
        assertThat(rows()).isEqualTo(rows);
    }

    /** The document does not list them, so sending them is off the document; the server reads past them. */
    @Test
    void fieldsAClientMayNotSetAreIgnored() throws SQLException {
        Caller owner = callers.user("Owner");
        long store = api.offDocument(post("/api/v1/stores", api.json(fields("name", "Honest Shop", "id", 424242,
                "ownerId", seller.id(), "productCount", 99, "createdAt", "2000-01-01T00:00:00Z")))
                .bearerAuth(owner.token())).id();
        Contract.Answer created = api.offDocument(post("/api/v1/products", api.json(fields("name", "Honest Product",
                "priceCents", 5, "id", 434343, "creator", Map.of("id", seller.id(), "name", "Errol"),
                "store", Map.of("id", seller.storeId(), "name", "x"), "createdAt", "2000-01-01T00:00:00Z")))
                .bearerAuth(owner.token()));
        api.offDocument(patch("/api/v1/products/" + created.id(), api.json(fields("creator", Map.of("id", seller.id()),
                "store", Map.of("id", seller.storeId()), "id", 1))).bearerAuth(owner.token()));

        assertThat(store).isNotEqualTo(424242);
        assertThat(created.id()).isNotEqualTo(434343);
        assertThat(count("select count(*) from storefront.stores where id = " + store + " and owner_id = "
                + owner.id())).isEqualTo(1);
        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + store)).json()).containsEntry("productCount", 1);
        assertThat(count("select count(*) from catalog.products where id = " + created.id() + " and creator_id = "
                + owner.id() + " and store_id = " + store + " and created_at > now() - interval '1 hour'"))
                .isEqualTo(1);
    }

    @Test
    void repeatedFailedLogInsAnswer429WithRetryAfter() {
        Caller target = callers.user("Target");
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(api.call(post("/api/v1/auth/token", api.json(fields("email", target.email(),
                    "password", "wrong horse " + i)))).status());
        }
        assertThat(codes.subList(0, 5)).containsOnly(401);
        Contract.Answer throttled = api.call(post("/api/v1/auth/token", api.json(fields("email", target.email(),
                "password", Callers.PASSWORD))));
        assertProblem(throttled, 429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        assertThat(Collections.frequency(codes, 429)).isEqualTo(1);
    }

    static Contract.Answer assertProblem(Contract.Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json()).containsEntry("status", status).containsEntry("type", "about:blank")
                .containsKeys("title", "detail", "errors");
        return answer;
    }

    /** A fingerprint of every row the API can write. */
    private String rows() throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("accounts.users", "storefront.stores", "catalog.products", "catalog.tags",
                "catalog.product_tags")) {
            all.append(table).append(':').append(count("select count(*) from " + table))
                    .append(fingerprint(table)).append('\n');
        }
        return all.toString();
    }

    private String fingerprint(String table) throws SQLException {
        String row = "t::text";
        try (var c = connection(); var rs = c.createStatement().executeQuery(
                "select coalesce(md5(string_agg(" + row + ", '|' order by " + row + ")), '') from " + table + " t")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (var c = connection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
