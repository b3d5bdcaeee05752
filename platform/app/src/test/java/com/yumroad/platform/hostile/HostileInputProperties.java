package com.yumroad.platform.hostile;

import com.yumroad.platform.hostile.Target.Account;
import com.yumroad.platform.hostile.Target.Answer;
import com.yumroad.platform.hostile.Target.Browser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API operation and every web form, driven with generated hostile values ({@link Hostile}): control and
 * surrogate characters, emoji and combining marks, huge, negative and fractional numbers, wrong types, duplicate
 * keys, missing and wrong content types, malformed bodies. For each: no 5xx and no dropped connection;
 * problem+json on every API 4xx, naming fields as the client wrote them and nothing of the parser's internals; a
 * page with the error beside the field on every refused form; and no row changed by a refused request.
 * <p>
 * 1,100 generated cases a run (500 API bodies, 200 paths and queries, 400 forms), from a random seed that jqwik prints with any failure; put it in
 * {@code @Property(seed = "...")} to replay the run exactly (jqwik also replays a failed seed first on the next run).
 */
class HostileInputProperties {

    private static Target target;
    private static Account seller;
    private static Account storeless;
    private static long product;
    private static Browser browser;
    private static long webProduct;

    @BeforeContainer
    static void start() {
        target = new Target();
        seller = target.account("Hostile Seller", true);
        storeless = target.account("Storeless Client", false);
        product = target.product(seller, "Fixture product");
        Account web = target.account("Web Seller", true);
        webProduct = target.product(web, "Web fixture");
        browser = target.browser(web);
    }

    @AfterContainer
    static void stop() {
        if (target != null) {
            target.close();
        }
    }

    // ---------------------------------------------------------------- the API

    record Operation(String method, String path, boolean bearer, boolean storeless, Map<String, String> validFields) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record ApiCase(Operation operation, String field, String value, String shape) {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("POST", "/api/v1/users", false, false, Map.of("email", "\"new.one@example.com\"",
                        "password", "\"long enough pass\"", "name", "\"New One\"")),
                new Operation("POST", "/api/v1/auth/token", false, false, Map.of(
                        "email", "\"hostile.seller@example.com\"", "password", "\"wrong password\"")),
                new Operation("PATCH", "/api/v1/users/me", true, false, Map.of("name", "\"Hostile Seller\"")),
                new Operation("PUT", "/api/v1/users/me/password", true, false, Map.of(
                        "currentPassword", "\"not the password\"", "newPassword", "\"another long one\"")),
                new Operation("POST", "/api/v1/stores", true, true, Map.of("name", "\"A Store Name\"",
                        "description", "\"About it\"")),
                new Operation("PATCH", "/api/v1/stores/{store}", true, false, Map.of("name", "\"Hostile Seller Shop\"",
                        "description", "\"About it\"")),
                new Operation("POST", "/api/v1/products", true, false, Map.of("name", "\"Generated product\"",
                        "description", "\"About it\"", "priceCents", "100", "tags", "[\"generated\"]")),
                new Operation("POST", "/api/v1/products", true, true, Map.of("name", "\"Storeless product\"",
                        "priceCents", "100")),
                new Operation("PATCH", "/api/v1/products/{product}", true, false, Map.of("name", "\"Fixture product\"",
                        "description", "\"About it\"", "priceCents", "100", "tags", "[\"fixture\"]")));
    }

    @Provide
    Arbitrary<ApiCase> apiCases() {
        Arbitrary<Operation> operation = Arbitraries.of(operations());
        return operation.flatMap(op -> Combinators.combine(Arbitraries.of(new ArrayList<>(op.validFields().keySet())),
                Hostile.jsonValue(), Arbitraries.of(Hostile.shapes())).as((field, value, shape) ->
                new ApiCase(op, field, value, shape)));
    }

    @Property(tries = 500)
    void apiBodiesNeverAnswer5xxAndARefusalChangesNothing(@ForAll("apiCases") ApiCase c) {
        Operation op = c.operation();
        Map<String, String> fields = new LinkedHashMap<>(op.validFields());
        fields.put(c.field(), c.value());
        String body = body(fields, c);
        String contentType = switch (c.shape()) {
            case "no-content-type" -> null;
            case "text/plain" -> "text/plain";
            case "form" -> "application/x-www-form-urlencoded";
            default -> "application/json";
        };
        String path = op.path().replace("{store}", String.valueOf(seller.storeId()))
                .replace("{product}", String.valueOf(product));
        Map<String, String> headers = op.bearer()
                ? Map.of("Authorization", "Bearer " + (op.storeless() ? storeless : seller).token()) : Map.of();

        Map<String, String> before = target.fingerprint();
        Answer answer = target.send(op.method(), path, contentType, body, headers);

        Problems.assertApiAnswer(answer, fieldsOf(op));
        if (answer.status() >= 400) {
            assertThat(target.fingerprint()).as("a refused request changed rows: " + answer).isEqualTo(before);
        }
    }

    record QueryCase(String pathAndQuery) {
    }

    @Provide
    Arbitrary<QueryCase> queries() {
        Arbitrary<String> v = Hostile.urlValue();
        return Arbitraries.oneOf(
                Combinators.combine(v, v, v, v).as((tag, limit, cursor, store) ->
                        "/api/v1/products?tag=" + tag + "&limit=" + limit + "&cursor=" + cursor + "&store=" + store),
                Combinators.combine(v, v).as((creator, tag) -> "/api/v1/products?creator=" + creator + "&tag=" + tag),
                v.map(id -> "/api/v1/products/" + id),
                Combinators.combine(v, v).as((q, cursor) -> "/api/v1/products?q=" + q + "&cursor=" + cursor),
                v.map(id -> "/api/v1/users/" + id),
                v.map(id -> "/api/v1/stores/" + id),
                Combinators.combine(v, v, v).as((slug, limit, cursor) -> "/api/v1/stores?slug=" + slug + "&limit="
                        + limit + "&cursor=" + cursor),
                Combinators.combine(v, v).as((id, limit) -> "/api/v1/stores/" + id + "/products?limit=" + limit),
                Combinators.combine(v, v).as((id, cursor) -> "/api/v1/users/" + id + "/products?cursor=" + cursor),
                Combinators.combine(v, v).as((limit, cursor) -> "/api/v1/tags?limit=" + limit + "&cursor=" + cursor),
                Combinators.combine(v, v).as((limit, cursor) -> "/api/v1/stores/" + seller.storeId()
                        + "/activity?limit=" + limit + "&cursor=" + cursor),
                v.map(id -> "DELETE /api/v1/products/" + id),
                v.map(slug -> "PAGE /s/" + slug),
                v.map(tag -> "PAGE /tags/" + tag),
                v.map(id -> "PAGE /products/" + id),
                Combinators.combine(v, v).as((tag, cursor) -> "PAGE /tags/" + tag + "?cursor=" + cursor))
                .map(QueryCase::new);
    }

    @Property(tries = 200)
    void pathsAndQueriesNeverAnswer5xx(@ForAll("queries") QueryCase c) {
        String request = c.pathAndQuery();
        Map<String, String> before = target.fingerprint();
        if (request.startsWith("PAGE ")) {
            Answer answer = target.send("GET", request.substring(5), null, null, Map.of("Accept", "text/html"));
            assertThat(answer.status()).as("%s -> %s", request, answer).isLessThan(500);
            return;
        }
        boolean delete = request.startsWith("DELETE ");
        String path = delete ? request.substring(7) : request;
        Answer answer = target.send(delete ? "DELETE" : "GET", path, null, null,
                Map.of("Authorization", "Bearer " + seller.token()));
        Problems.assertApiAnswer(answer, Set.of("tag", "limit", "cursor", "store", "creator", "id", "q", "slug"));
        if (answer.status() >= 400 || !delete) {
            assertThat(target.fingerprint()).as("%s -> %s", request, answer).isEqualTo(before);
        }
    }

    private static String body(Map<String, String> fields, ApiCase c) {
        String object = fields.entrySet().stream().map(e -> Json.string(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        return switch (c.shape()) {
            case "duplicate" -> "{" + Json.string(c.field()) + ":" + c.operation().validFields().get(c.field()) + ","
                    + object.substring(1);
            case "malformed" -> object.substring(0, object.length() / 2);
            case "empty" -> "";
            case "array" -> "[" + object + "]";
            case "form" -> c.field() + "=" + Json.percentEncoded(c.value());
            default -> object;
        };
    }

    private static Set<String> fieldsOf(Operation op) {
        Set<String> names = new java.util.HashSet<>(op.validFields().keySet());
        names.add("store");
        return names;
    }

    // ---------------------------------------------------------------- the web forms

    record Form(String path, boolean loggedIn, List<String> fields) {
        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    record FormCase(Form form, Map<String, String> values) {
    }

    static List<Form> forms() {
        return List.of(
                new Form("/signup", false, List.of("email", "name", "password", "storeName")),
                new Form("/login", false, List.of("email", "password", "next")),
                new Form("/account/name", true, List.of("name")),
                new Form("/account/password", true, List.of("currentPassword", "newPassword")),
                new Form("/dashboard/store", true, List.of("name", "description")),
                new Form("/dashboard/store/open", true, List.of("name", "description")),
                new Form("/products", true, List.of("name", "description", "price", "tags")),
                new Form("/products/{product}", true, List.of("name", "description", "price", "tags")));
    }

    @Provide
    Arbitrary<FormCase> formCases() {
        Arbitrary<String> price = Arbitraries.oneOf(Hostile.text(), Arbitraries.of("12", "12.5", "12.555", "-1",
                "1e9", "99999999999999999999", "0.001", "1,000.00", "$5", "\u0661\u0662"));
        return Arbitraries.of(forms()).flatMap(form -> {
            List<Arbitrary<String>> values = form.fields().stream()
                    .map(f -> f.equals("price") ? price : Arbitraries.oneOf(Hostile.text(), Arbitraries.just("Plain Value")))
                    .toList();
            return Combinators.combine(values).as(list -> {
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    map.put(form.fields().get(i), list.get(i));
                }
                return new FormCase(form, map);
            });
        });
    }

    @Property(tries = 400)
    void formsNeverAnswer5xxShowErrorsBesideTheFieldAndARefusalChangesNothing(@ForAll("formCases") FormCase c) {
        Form form = c.form();
        String body = c.values().entrySet().stream()
                .map(e -> e.getKey() + "=" + Json.percentEncoded(e.getValue()))
                .collect(Collectors.joining("&", "csrfToken=" + browser.csrfToken() + "&", ""));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/html");
        headers.put("Cookie", form.loggedIn() ? browser.cookies() : "csrfToken=" + browser.csrfToken());

        Map<String, String> before = target.fingerprint();
        Answer answer = target.send("POST", form.path().replace("{product}", String.valueOf(webProduct)),
                "application/x-www-form-urlencoded", body, headers);

        assertThat(answer.status()).as("%s -> %s", form, answer).isLessThan(500);
        if (answer.status() == 303) {
            return;
        }
        assertThat(target.fingerprint()).as("a refused form changed rows: %s -> %s", form, answer).isEqualTo(before);
        assertThat(answer.contentType()).as("%s -> %s", form, answer).startsWith("text/html");
        if (answer.status() == 422) {
            assertThat(form.fields()).as("an error beside one of the fields: %s", answer)
                    .anySatisfy(f -> assertThat(answer.body()).contains("id=\"" + f + "-error\""));
        }
    }
}
