package com.yumroad.platform.api;

import com.yumroad.platform.api.Callers.Caller;
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

import java.util.List;

import static com.yumroad.platform.api.Callers.fields;
import static com.yumroad.platform.api.Contract.patch;
import static com.yumroad.platform.api.Contract.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defects issue 11 found, one by one: text the database refused (500), numbers silently rounded, duplicate keys,
 * bodies without a type, an unpaged tag list. Each answer is checked against the OpenAPI document too.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "yumroad.tags.new-per-account", value = "12")
class StrictInputTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;
    Contract api;
    Callers callers;
    Caller seller;
    long product;

    @BeforeAll
    void contract() {
        api = new Contract(client.toBlocking(), json);
        callers = new Callers(api);
        seller = callers.seller("Stricter");
        product = callers.product(seller, "Strict Handbook", 100, "strict");
    }

    @Test
    void aNumberThatIsNotWholeAnswers422OnItsFieldAndIsNeverRounded() {
        for (String price : List.of("12.5", "0.5", "12.0", "1e400", "9223372036854775808")) {
            Contract.Answer answer = api.offDocument(post("/api/v1/products",
                    "{\"name\": \"Rounded Thing\", \"priceCents\": " + price + "}").bearerAuth(seller.token()));
            assertThat(answer.status()).as(price).isEqualTo(422);
            assertThat(answer.errorFields()).as(price).containsExactly("priceCents");
        }
        Contract.Answer text = api.offDocument(post("/api/v1/products",
                "{\"name\": \"Typed Thing\", \"priceCents\": \"12\"}").bearerAuth(seller.token()));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.errorFields()).containsExactly("priceCents");
        assertThat(text.body()).doesNotContain("fasterxml", "/body", "Source");
        assertThat(api.call(HttpRequest.GET("/api/v1/products/" + product)).json().get("priceCents")).isEqualTo(100);
    }

    @Test
    void aKeyGivenTwiceAnswers400NamingIt() {
        Contract.Answer answer = api.offDocument(patch("/api/v1/products/" + product,
                "{\"name\": \"First Name\", \"name\": \"Second Name\"}").bearerAuth(seller.token()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("name");
        assertThat(api.call(HttpRequest.GET("/api/v1/products/" + product)).json().get("name"))
                .isEqualTo("Strict Handbook");
    }

    @Test
    void aBodyWithoutContentTypeAnswers415() throws Exception {
        // the JDK's client: Micronaut's would add application/json to a text body on its own
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURL() + "/api/v1/stores"))
                .header("Authorization", "Bearer " + callers.user("Untyped").token())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Untyped Shop\"}")).build();
        var answer = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void textTheDatabaseOnceRefusedAnswers422OnTheField() {
        // as JSON escapes: a lone surrogate cannot be encoded by a JSON writer, but a client can send it
        for (String name : List.of("\\ud83d\\ude00\\ud83d\\ude00", "Nul\\u0000Name", "\\ud800abcd", "Evil\\u202eName")) {
            Contract.Answer answer = api.call(post("/api/v1/products", "{\"name\": \"" + name + "\", \"priceCents\": 1}")
                    .bearerAuth(seller.token()));
            assertThat(answer.status()).as(name).isEqualTo(422);
            assertThat(answer.errorFields()).as(name).containsExactly("name");
        }
        assertThat(api.call(post("/api/v1/products", api.json(fields("name", "Tagged", "priceCents", 1,
                "tags", List.of("ok", "bad\u0000tag")))).bearerAuth(seller.token())).errorFields())
                .containsExactly("tags");
        assertThat(api.call(HttpRequest.GET("/api/v1/products?tag=%00")).errorFields()).containsExactly("tag");
        assertThat(api.call(post("/api/v1/auth/token", api.json(fields("email", "a\u0000@example.com",
                "password", "whatever1")))).status()).isEqualTo(401);
        assertThat(api.offDocument(post("/api/v1/users", api.json(fields("email", "nul\u0000@example.com",
                "password", "long enough", "name", "Nul")))).errorFields()).containsExactly("email");
    }

    @Test
    void charactersWhoseCaseDependsOnTheUnicodeVersionAreStoredNot500() {
        assertThat(api.offDocument(post("/api/v1/users", api.json(fields("email", "\ua7c0x@example.com",
                "password", "long enough", "name", "Case")))).status()).isEqualTo(201);
        assertThat(api.call(post("/api/v1/products", api.json(fields("name", "Cased", "priceCents", 1,
                "tags", List.of("\ua7c0", "\u0130stanbul")))).bearerAuth(seller.token())).status()).isEqualTo(201);
    }

    @Test
    void tagsArePagedWithALinkHeaderAndTheOldShapeStays() {
        Caller tagger = callers.seller("Tagger");
        callers.product(tagger, "Many Tags", 1, "pa", "pb", "pc", "pd", "pe");
        Contract.Answer all = api.call(HttpRequest.GET("/api/v1/tags"));
        assertThat(all.list()).extracting(t -> t.get("name")).contains("pa", "pe", "strict");
        assertThat(all.header("Link")).isNull();

        List<Object> paged = new java.util.ArrayList<>();
        String next = "/api/v1/tags?limit=2";
        while (next != null) {
            Contract.Answer page = api.call(HttpRequest.GET(next));
            assertThat(page.list()).hasSizeLessThanOrEqualTo(2);
            page.list().forEach(t -> paged.add(t.get("name")));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        assertThat(paged).containsExactlyElementsOf(all.list().stream().map(t -> t.get("name")).toList());
        assertThat(api.offDocument(HttpRequest.GET("/api/v1/tags?limit=1001")).errorFields()).containsExactly("limit");
        assertThat(api.call(HttpRequest.GET("/api/v1/tags?cursor=garbage")).status()).isEqualTo(400);
    }

    @Test
    void oneAccountMayCreateOnlySoManyNewTagsAMinute() {
        Caller flooder = callers.seller("Flooder");
        assertThat(api.call(post("/api/v1/products", api.json(fields("name", "Ten New", "priceCents", 1,
                "tags", List.of("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9"))))
                .bearerAuth(flooder.token())).status()).isEqualTo(201);
        Contract.Answer refused = api.call(post("/api/v1/products", api.json(fields("name", "Three More",
                "priceCents", 1, "tags", List.of("f10", "f11", "f12")))).bearerAuth(flooder.token()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(api.call(post("/api/v1/products", api.json(fields("name", "Old Tags Only", "priceCents", 1,
                "tags", List.of("f1", "f2", "strict")))).bearerAuth(flooder.token())).status()).isEqualTo(201);
        assertThat(api.call(HttpRequest.GET("/api/v1/tags")).list()).extracting(t -> t.get("name"))
                .doesNotContain("f10", "f11", "f12");
    }
}
