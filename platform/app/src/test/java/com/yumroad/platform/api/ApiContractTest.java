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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.yumroad.platform.api.Callers.fields;
import static com.yumroad.platform.api.Contract.patch;
import static com.yumroad.platform.api.Contract.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every row of the v1 contract (../shared/contracts/api-v1.md), each call checked against the served document. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
class ApiContractTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    Contract api;
    Callers callers;

    @BeforeAll
    void contract() {
        api = new Contract(client.toBlocking(), json);
        callers = new Callers(api);
    }

    @Test
    void signUpTokenAndMe() {
        Contract.Answer signUp = api.call(post("/api/v1/users", api.json(fields(
                "email", "  Ada@Example.COM ", "password", "correct horse", "name", "Ada"))));
        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.json()).containsOnlyKeys("id", "email", "name", "createdAt", "updatedAt")
                .containsEntry("email", "ada@example.com");
        assertThat(instant(signUp, "updatedAt")).isEqualTo(instant(signUp, "createdAt"));

        Contract.Answer token = api.call(post("/api/v1/auth/token", api.json(fields(
                "email", "ada@example.com", "password", "correct horse"))));
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json()).containsOnlyKeys("accessToken", "tokenType", "expiresIn")
                .containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 3600);

        Contract.Answer me = api.call(HttpRequest.GET("/api/v1/users/me")
                .bearerAuth((String) token.json().get("accessToken")));
        assertThat(me.json()).containsOnlyKeys("id", "email", "name", "storeId", "createdAt", "updatedAt")
                .containsEntry("id", (int) signUp.id()).containsEntry("storeId", null)
                .as("the same times as sign-up answered").containsEntry("createdAt", signUp.json().get("createdAt"))
                .containsEntry("updatedAt", signUp.json().get("updatedAt"));

        Contract.Answer renamed = api.call(patch("/api/v1/users/me", api.json(fields("name", "Ada L.")))
                .bearerAuth((String) token.json().get("accessToken")));
        assertThat(renamed.json()).containsEntry("createdAt", signUp.json().get("createdAt"));
        assertThat(instant(renamed, "updatedAt")).isAfter(instant(signUp, "updatedAt"));
        assertThat(api.call(HttpRequest.GET("/api/v1/users/me").bearerAuth((String) token.json().get("accessToken")))
                .json()).isEqualTo(renamed.json());
    }

    @Test
    void storesOpenReadAndChange() {
        Caller owner = callers.user("Grace");

        Contract.Answer opened = api.call(post("/api/v1/stores", api.json(fields("name", "  Grace's Cobol  ")))
                .bearerAuth(owner.token()));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.header("Location")).isEqualTo("/api/v1/stores/" + opened.id());
        assertThat(opened.json()).containsOnlyKeys("id", "name", "description", "ownerId", "productCount", "slug", "url",
                        "createdAt", "updatedAt")
                .containsEntry("name", "Grace's Cobol").containsEntry("description", null)
                .containsEntry("ownerId", (int) owner.id()).containsEntry("productCount", 0)
                .containsEntry("slug", "grace-s-cobol");
        assertThat((String) opened.json().get("url")).matches("https?://[^/]+/s/grace-s-cobol");
        assertThat(instant(opened, "createdAt")).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(instant(opened, "updatedAt")).isEqualTo(instant(opened, "createdAt"));

        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + opened.id())).json()).isEqualTo(opened.json());
        assertThat(api.call(HttpRequest.GET("/api/v1/users/me").bearerAuth(owner.token())).json())
                .containsEntry("storeId", (int) opened.id());

        Contract.Answer changed = api.call(patch("/api/v1/stores/" + opened.id(),
                api.json(fields("description", "Compilers, baked fresh"))).bearerAuth(owner.token()));
        assertThat(changed.json()).containsEntry("name", "Grace's Cobol")
                .containsEntry("description", "Compilers, baked fresh")
                .containsEntry("createdAt", opened.json().get("createdAt"));
        assertThat(instant(changed, "updatedAt")).as("a change moves updatedAt").isAfter(instant(opened, "updatedAt"));
        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + opened.id())).json())
                .as("the answer that changed it is what a later read says").isEqualTo(changed.json());
        Contract.Answer renamed = api.call(patch("/api/v1/stores/" + opened.id(),
                api.json(fields("name", "Grace's Compilers", "description", ""))).bearerAuth(owner.token()));
        assertThat(renamed.json()).containsEntry("name", "Grace's Compilers").containsEntry("description", null)
                .as("the address stays").containsEntry("slug", "grace-s-cobol");
    }

    @Test
    void storesAreListedNewestFirstAPageAtATimeAndFoundByTheirAddress() throws SQLException {
        for (String name : List.of("Hopper", "Lamarr", "Noether")) {
            callers.seller(name);
        }
        List<Long> expected = new ArrayList<>();
        try (var c = connection(); var rs = c.createStatement().executeQuery(
                "select id from storefront.stores order by id desc")) {
            while (rs.next()) {
                expected.add(rs.getLong(1));
            }
        }
        List<Long> walked = new ArrayList<>();
        String cursor = null;
        do {
            Contract.Answer page = api.call(HttpRequest.GET("/api/v1/stores?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            assertThat(page.json()).containsOnlyKeys("items", "nextCursor");
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            walked.addAll(ids(page));
            cursor = (String) page.json().get("nextCursor");
        } while (cursor != null);
        assertThat(walked).hasSizeGreaterThanOrEqualTo(3).isEqualTo(expected);
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/stores")))).isEqualTo(expected.subList(0,
                Math.min(20, expected.size())));

        long store = expected.get(1);
        String slug = (String) api.call(HttpRequest.GET("/api/v1/stores/" + store)).json().get("slug");
        Contract.Answer found = api.call(HttpRequest.GET("/api/v1/stores?slug=" + slug));
        assertThat(found.items()).containsExactly(api.call(HttpRequest.GET("/api/v1/stores/" + store)).json());
        assertThat(found.json()).containsEntry("nextCursor", null);
        assertThat(api.call(HttpRequest.GET("/api/v1/stores?slug=no-such-store")).items()).isEmpty();

        Contract.Answer notASlug = api.call(HttpRequest.GET("/api/v1/stores?slug=Not%20a%20slug"));
        assertThat(notASlug.status()).isEqualTo(422);
        assertThat(notASlug.contentType()).startsWith("application/problem+json");
        assertThat(notASlug.errorFields()).containsExactly("slug");
        assertThat(api.call(HttpRequest.GET("/api/v1/stores?slug=" + "a".repeat(81))).status()).isEqualTo(422);
        Contract.Answer zero = api.offDocument(HttpRequest.GET("/api/v1/stores?limit=0"));
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.errorFields()).containsExactly("limit");
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/stores?limit=101")).status()).isEqualTo(422);
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/stores?limit=many")).status()).isEqualTo(400);
        Contract.Answer garbled = api.call(HttpRequest.GET("/api/v1/stores?cursor=garbled"));
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.contentType()).startsWith("application/problem+json");
        String slugCursor = (String) api.call(HttpRequest.GET("/api/v1/stores?limit=1")).json().get("nextCursor");
        assertThat(api.call(HttpRequest.GET("/api/v1/stores?slug=" + slug + "&cursor=" + slugCursor)).status())
                .as("a cursor of another list").isEqualTo(400);
    }

    @Test
    void productsPublishReadListChangeAndRemove() {
        Caller seller = callers.seller("Linus");

        Contract.Answer created = api.call(post("/api/v1/products", api.json(fields("name", " Kernel Cookbook ",
                "description", "Recipes", "priceCents", 2500, "tags", List.of(" Baking", "baking ", "LINUX"))))
                .bearerAuth(seller.token()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/products/" + created.id());
        assertThat(created.json()).containsOnlyKeys("id", "name", "description", "priceCents", "payWhatYouWant",
                        "currency", "url", "creator", "store", "tags", "coverUrl", "files", "createdAt", "updatedAt")
                .containsEntry("coverUrl", null).containsEntry("files", null).containsEntry("payWhatYouWant", false)
                .containsEntry("name", "Kernel Cookbook").containsEntry("priceCents", 2500)
                .containsEntry("currency", "USD")
                .containsEntry("creator", Map.of("id", (int) seller.id(), "name", "Linus"))
                .containsEntry("tags", List.of("baking", "linux"));
        assertThat((String) created.json().get("url")).matches("https?://[^/]+/products/" + created.id());
        assertThat(instant(created, "updatedAt")).isAfterOrEqualTo(instant(created, "createdAt"));
        @SuppressWarnings("unchecked")
        Map<String, Object> store = (Map<String, Object>) created.json().get("store");
        assertThat(store).containsOnlyKeys("id", "name", "slug", "url")
                .containsEntry("id", seller.storeId().intValue()).containsEntry("name", "Linus's shop");
        assertThat((String) store.get("url")).matches("https?://[^/]+/s/" + store.get("slug"));

        assertThat(api.call(HttpRequest.GET("/api/v1/products/" + created.id())).json()).isEqualTo(created.json());
        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + seller.storeId())).json())
                .containsEntry("productCount", 1);

        Contract.Answer changed = api.call(patch("/api/v1/products/" + created.id(),
                api.json(fields("priceCents", 3000, "tags", List.of("Kernels")))).bearerAuth(seller.token()));
        assertThat(changed.json()).containsEntry("name", "Kernel Cookbook").containsEntry("priceCents", 3000)
                .containsEntry("description", "Recipes").containsEntry("tags", List.of("kernels"));
        Contract.Answer untagged = api.call(patch("/api/v1/products/" + created.id(),
                api.json(fields("tags", List.of()))).bearerAuth(seller.token()));
        assertThat(untagged.json()).containsEntry("tags", List.of());
        Contract.Answer minimum = api.call(patch("/api/v1/products/" + created.id(),
                api.json(fields("payWhatYouWant", true))).bearerAuth(seller.token()));
        assertThat(minimum.json()).containsEntry("payWhatYouWant", true).containsEntry("priceCents", 3000);
        assertThat(api.call(patch("/api/v1/products/" + created.id(), api.json(fields("name", "Kernel Cookbook 2")))
                .bearerAuth(seller.token())).json()).containsEntry("payWhatYouWant", true);
        Contract.Answer notABoolean = api.offDocument(patch("/api/v1/products/" + created.id(),
                api.json(fields("payWhatYouWant", "yes please"))).bearerAuth(seller.token()));
        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(notABoolean.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notABoolean.errorFields()).containsExactly("payWhatYouWant");
        Contract.Answer pwyw = api.call(post("/api/v1/products", api.json(fields("name", "Zine of Kernels",
                "priceCents", 0, "payWhatYouWant", true))).bearerAuth(seller.token()));
        assertThat(pwyw.status()).isEqualTo(201);
        assertThat(pwyw.json()).containsEntry("payWhatYouWant", true).containsEntry("priceCents", 0);
        assertThat(api.call(HttpRequest.DELETE("/api/v1/products/" + pwyw.id()).bearerAuth(seller.token())).status())
                .isEqualTo(204);

        Contract.Answer removed = api.call(HttpRequest.DELETE("/api/v1/products/" + created.id())
                .bearerAuth(seller.token()));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/products/" + created.id())).status()).isEqualTo(404);
        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + seller.storeId())).json())
                .containsEntry("productCount", 0);
    }

    @Test
    void listsFilterByCreatorStoreAndTagAndNestedListsMatchThem() {
        Caller alan = callers.seller("Alan");
        Caller joan = callers.seller("Joan");
        long enigma = callers.product(alan, "Enigma Notes", 100, "crypto", "history");
        long bombe = callers.product(alan, "Bombe Plans", 200, "crypto");
        long colossus = callers.product(joan, "Colossus Tapes", 300, "history");

        assertThat(ids(api.call(HttpRequest.GET("/api/v1/products")))).containsSubsequence(colossus, bombe, enigma);
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/products?creator=" + alan.id())))).containsExactly(bombe,
                enigma);
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/products?store=" + joan.storeId())))).containsExactly(colossus);
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/products?tag=%20History%20")))).containsExactly(colossus,
                enigma);
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/products?creator=" + alan.id() + "&tag=history"))))
                .containsExactly(enigma);
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/products?store=" + joan.storeId() + "&creator=" + alan.id()))))
                .isEmpty();
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/stores/" + alan.storeId() + "/products"))))
                .containsExactly(bombe, enigma);
        assertThat(ids(api.call(HttpRequest.GET("/api/v1/users/" + joan.id() + "/products"))))
                .containsExactly(colossus);

        Contract.Answer page = api.call(HttpRequest.GET("/api/v1/products?creator=" + alan.id() + "&limit=1"));
        assertThat(page.json()).containsOnlyKeys("items", "nextCursor");
        assertThat(page.json().get("nextCursor")).isInstanceOf(String.class);
        Contract.Answer last = api.call(HttpRequest.GET("/api/v1/products?creator=" + alan.id() + "&limit=1&cursor="
                + page.json().get("nextCursor")));
        assertThat(ids(last)).containsExactly(enigma);
        assertThat(last.json()).containsEntry("nextCursor", null);
    }

    @Test
    void theStoresActivityIsItsOwnersAlone() {
        Caller seller = callers.seller("Margaret");
        Caller stranger = callers.user("Stranger");
        callers.product(seller, "Apollo Guidance", 100);

        Contract.Answer feed = Eventually.await("the feed to show the product", () -> api.call(HttpRequest.GET(
                        "/api/v1/stores/" + seller.storeId() + "/activity?limit=5").bearerAuth(seller.token())),
                answer -> answer.body().contains("product_published"));
        assertThat(feed.json()).containsOnlyKeys("items", "nextCursor");
        assertThat(feed.body()).contains("\"kind\":\"product_published\"", "Apollo Guidance", "store_opened");

        assertThat(api.call(HttpRequest.GET("/api/v1/stores/" + seller.storeId() + "/activity")
                .bearerAuth(stranger.token())).status()).isEqualTo(403);
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/stores/" + seller.storeId() + "/activity")).status())
                .isEqualTo(401);
    }

    @Test
    void tagsCountTheirProducts() {
        Caller seller = callers.seller("Tagger");
        callers.product(seller, "First Thing", 100, "zeta", "Alpha");
        callers.product(seller, "Second Thing", 100, "alpha");

        List<Map<String, Object>> tags = api.call(HttpRequest.GET("/api/v1/tags")).list();

        assertThat(tags).contains(Map.of("name", "alpha", "productCount", 2), Map.of("name", "zeta",
                "productCount", 1));
        assertThat(tags).allSatisfy(t -> assertThat(t).containsOnlyKeys("name", "productCount"));
    }

    @Test
    void deletingTheAccountTakesTheStoreAndProductsWithIt() throws SQLException {
        Caller leaving = callers.seller("Leaving");
        callers.product(leaving, "Last Product", 100, "farewell");

        assertThat(api.call(HttpRequest.DELETE("/api/v1/users/me").bearerAuth(leaving.token())).status())
                .isEqualTo(204);

        assertThat(count("select count(*) from storefront.stores where owner_id = " + leaving.id())).isZero();
        assertThat(count("select count(*) from catalog.products where creator_id = " + leaving.id())).isZero();
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/stores/" + leaving.storeId())).status()).isEqualTo(404);
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/users/" + leaving.id() + "/products")).status())
                .isEqualTo(404);
    }

    @Test
    void renamingAndChangingThePasswordWork() {
        Caller user = callers.user("Renamed");

        assertThat(api.call(patch("/api/v1/users/me", api.json(fields("name", "Renamed Twice")))
                .bearerAuth(user.token())).json()).containsEntry("name", "Renamed Twice");
        assertThat(api.call(HttpRequest.PUT("/api/v1/users/me/password", api.json(fields("currentPassword",
                Callers.PASSWORD, "newPassword", "battery staple"))).contentType("application/json")
                .bearerAuth(user.token())).status()).isEqualTo(204);
    }

    static List<Long> ids(Contract.Answer page) {
        return page.items().stream().map(p -> ((Number) p.get("id")).longValue()).toList();
    }

    private long count(String sql) throws SQLException {
        try (var c = connection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Instant instant(Contract.Answer answer, String field) {
        return Instant.parse((String) answer.json().get(field));
    }
}
