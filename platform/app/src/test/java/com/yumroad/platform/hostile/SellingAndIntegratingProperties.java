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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HostileInputProperties}' rules, for what came with selling, delivery and the integrators: checkout and the
 * test-mode card form, sales and refunds, receipts and download links, covers and product files (multipart bodies
 * written byte by byte), download caps, access tokens and webhooks, on the API and on the pages.
 * <p>
 * 700 generated cases a run (200 API bodies, 200 paths, 200 forms, 100 uploads); replay a failure with the seed
 * jqwik prints, in {@code @Property(seed = "...")}.
 */
class SellingAndIntegratingProperties {

    private static Target target;
    private static Account seller;
    private static Browser sellerBrowser;
    private static Browser visitor;
    private static long product;
    private static long file;
    private static String receipt;
    private static String pendingCheckout;

    @BeforeContainer
    static void start() {
        target = new Target();
        seller = target.account("Selling Seller", true);
        product = target.product(seller, "Sold product");
        file = target.file(seller, product, "book.pdf", "%PDF-1.7 the book".getBytes(StandardCharsets.UTF_8));
        sellerBrowser = target.browser(seller);
        visitor = target.visitor();
        receipt = target.paidSale(visitor, product, "buyer@example.com");
        pendingCheckout = target.pendingCheckout(visitor, product, "pending.buyer@example.com");
    }

    @AfterContainer
    static void stop() {
        if (target != null) {
            target.close();
        }
    }

    private static String fill(String path) {
        return path.replace("{product}", String.valueOf(product)).replace("{file}", String.valueOf(file))
                .replace("{receipt}", receipt).replace("{checkout}", pendingCheckout)
                .replace("{order}", receipt.split("/")[2]);
    }

    private static Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + seller.token());
    }

    // ---------------------------------------------------------------- API bodies

    record Operation(String method, String path, Map<String, String> validFields) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record ApiCase(Operation operation, String field, String value, String shape) {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("POST", "/api/v1/tokens", Map.of("name", "\"Zapier\"", "scopes", "[\"read\"]",
                        "expiresAt", "\"2030-01-01T00:00:00Z\"")),
                new Operation("POST", "/api/v1/webhooks", Map.of("url", "\"https://hooks.example.com/yumroad\"",
                        "events", "[\"sales.sale-completed\"]")),
                new Operation("PUT", "/api/v1/products/{product}/download-limit", Map.of("maxDownloads", "5")),
                new Operation("PATCH", "/api/v1/products/{product}/files/{file}", Map.of("name", "\"book.pdf\"",
                        "position", "1")));
    }

    @Provide
    Arbitrary<ApiCase> apiCases() {
        return Arbitraries.of(operations()).flatMap(op -> Combinators.combine(
                Arbitraries.of(new ArrayList<>(op.validFields().keySet())), Hostile.jsonValue(),
                Arbitraries.of(Hostile.shapes())).as((field, value, shape) -> new ApiCase(op, field, value, shape)));
    }

    @Property(tries = 200)
    void apiBodiesNeverAnswer5xxAndARefusalChangesNothing(@ForAll("apiCases") ApiCase c) {
        Map<String, String> fields = new LinkedHashMap<>(c.operation().validFields());
        fields.put(c.field(), c.value());
        String object = fields.entrySet().stream().map(e -> Json.string(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        String body = switch (c.shape()) {
            case "duplicate" -> "{" + Json.string(c.field()) + ":" + c.operation().validFields().get(c.field()) + ","
                    + object.substring(1);
            case "malformed" -> object.substring(0, object.length() / 2);
            case "empty" -> "";
            case "array" -> "[" + object + "]";
            case "form" -> c.field() + "=" + Json.percentEncoded(c.value());
            default -> object;
        };
        String contentType = switch (c.shape()) {
            case "no-content-type" -> null;
            case "text/plain" -> "text/plain";
            case "form" -> "application/x-www-form-urlencoded";
            default -> "application/json";
        };

        String before = target.fingerprint();
        Answer answer = target.send(c.operation().method(), fill(c.operation().path()), contentType, body, bearer());

        Problems.assertApiAnswer(answer, c.operation().validFields().keySet());
        if (answer.status() >= 400) {
            assertThat(target.fingerprint()).as("a refused request changed rows: " + answer).isEqualTo(before);
        }
    }

    // ---------------------------------------------------------------- paths, queries and pages

    record Request(String method, String pathAndQuery, String audience) {
        @Override
        public String toString() {
            return audience + " " + method + " " + pathAndQuery;
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<String> v = Hostile.urlValue();
        return Arbitraries.oneOf(
                Combinators.combine(v, v, v, v).as((p, from, to, cursor) -> api("GET",
                        "/api/v1/sales?product=" + p + "&from=" + from + "&to=" + to + "&cursor=" + cursor)),
                v.map(limit -> api("GET", "/api/v1/sales?limit=" + limit)),
                v.map(id -> api("GET", "/api/v1/sales/" + id)),
                v.map(id -> api("POST", "/api/v1/sales/" + id + "/refund")),
                v.map(id -> api("DELETE", "/api/v1/tokens/" + id)),
                v.map(id -> api("DELETE", "/api/v1/webhooks/" + id)),
                v.map(id -> api("GET", "/api/v1/webhooks/" + id + "/deliveries")),
                Combinators.combine(v, v).as((id, d) -> api("POST", "/api/v1/webhooks/" + id + "/deliveries/" + d
                        + "/redeliver")),
                v.map(id -> api("POST", "/api/v1/webhooks/" + id + "/secret")),
                v.map(id -> api("GET", "/api/v1/products/" + id + "/files")),
                v.map(id -> api("DELETE", "/api/v1/products/" + id + "/files/{file}")),
                v.map(id -> api("GET", "/api/v1/products/{product}/files/" + id)),
                Combinators.combine(v, v, v, v).as((o, f, e, s) -> page("visitor", "/downloads/" + o + "/" + f + "/"
                        + e + "/" + s)),
                Combinators.combine(v, v).as((e, s) -> page("visitor", "/downloads/{order}/{file}/" + e + "/" + s)),
                Combinators.combine(v, v).as((o, s) -> page("visitor", "/receipts/" + o + "/" + s)),
                v.map(s -> page("visitor", "/receipts/{order}/" + s)),
                v.map(s -> page("visitor", "/receipts/{order}/" + s + "/files")),
                v.map(id -> page("visitor", "/checkout/" + id)),
                v.map(ref -> page("visitor", "/checkout/test/" + ref)),
                Combinators.combine(v, v).as((p, n) -> page("visitor", "/media/covers/" + p + "/" + n)),
                Combinators.combine(v, v, v, v).as((p, from, to, cursor) -> page("seller",
                        "/dashboard/sales?product=" + p + "&from=" + from + "&to=" + to + "&cursor=" + cursor)),
                Combinators.combine(v, v).as((p, from) -> page("seller", "/dashboard/sales/export.csv?product=" + p
                        + "&from=" + from)),
                v.map(id -> page("seller", "/dashboard/sales/" + id + "/refund")),
                v.map(id -> page("seller", "/dashboard/webhooks/" + id)),
                v.map(id -> page("seller", "/products/" + id + "/content")));
    }

    private static Request api(String method, String path) {
        return new Request(method, path, "api");
    }

    private static Request page(String audience, String path) {
        return new Request("GET", path, audience);
    }

    @Property(tries = 200)
    void pathsAndQueriesNeverAnswer5xx(@ForAll("requests") Request r) {
        String before = target.fingerprint();
        String path = fill(r.pathAndQuery());
        if (r.audience().equals("api")) {
            Answer answer = target.sendBytes(r.method(), path, null, null, bearer());
            Problems.assertApiAnswer(answer, Set.of("product", "from", "to", "limit", "cursor", "id"));
            if (answer.status() >= 400 || r.method().equals("GET")) {
                assertThat(target.fingerprint()).as("%s -> %s", r, answer).isEqualTo(before);
            }
            return;
        }
        Browser browser = r.audience().equals("seller") ? sellerBrowser : visitor;
        Answer answer = target.sendBytes("GET", path, null, null,
                Map.of("Accept", "text/html", "Cookie", browser.cookies()));
        assertThat(answer.status()).as("%s -> %s", r, answer).isLessThan(500);
        assertThat(target.fingerprint()).as("%s -> %s", r, answer).isEqualTo(before);
    }

    // ---------------------------------------------------------------- forms

    record Form(String path, boolean seller, List<String> fields) {
        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    record FormCase(Form form, Map<String, String> values) {
    }

    static List<Form> forms() {
        return List.of(
                new Form("/checkout/{product}", false, List.of("email", "amount")),
                new Form("{checkout}", false, List.of("card", "expiry", "cvc")),
                new Form("/account/tokens", true, List.of("name", "scopes", "expiresInDays")),
                new Form("/dashboard/webhooks", true, List.of("url", "events")),
                new Form("/products/{product}/files/{file}", true, List.of("name", "position")),
                new Form("/dashboard/sales/{order}/refund", true, List.of("note")));
    }

    @Provide
    Arbitrary<FormCase> formCases() {
        Arbitrary<String> numbers = Arbitraries.of("12", "12.5", "-1", "0", "1e9", "99999999999999999999", "$5",
                "\u0661\u0662", "4242 4242 4242 424", "4000 0000 0000 000");
        return Arbitraries.of(forms()).flatMap(form -> {
            List<Arbitrary<String>> values = form.fields().stream()
                    .map(f -> Arbitraries.oneOf(Hostile.text(), numbers, Arbitraries.just("Plain Value")))
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

    @Property(tries = 200)
    void formsNeverAnswer5xxShowErrorsBesideTheFieldAndARefusalChangesNothing(@ForAll("formCases") FormCase c) {
        Form form = c.form();
        Browser browser = form.seller() ? sellerBrowser : visitor;
        String body = c.values().entrySet().stream()
                .map(e -> e.getKey() + "=" + Json.percentEncoded(e.getValue()))
                .collect(Collectors.joining("&", "csrfToken=" + browser.csrfToken() + "&", ""));

        String before = target.fingerprint();
        Answer answer = target.send("POST", fill(form.path()), "application/x-www-form-urlencoded", body,
                Map.of("Accept", "text/html", "Cookie", browser.cookies()));

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

    // ---------------------------------------------------------------- uploads

    record Upload(String path, boolean web, String part, String fileName, String partType, byte[] bytes) {
        @Override
        public String toString() {
            return "POST " + path + " part " + part + " " + Json.string(fileName) + " " + partType + " ("
                    + bytes.length + " bytes)";
        }
    }

    @Provide
    Arbitrary<Upload> uploads() {
        Arbitrary<String> path = Arbitraries.of("/api/v1/products/{product}/cover", "/api/v1/products/{product}/files",
                "WEB /products/{product}/cover", "WEB /products/{product}/files");
        Arbitrary<String> part = Arbitraries.of("image", "file", "alt", "Image", "");
        Arbitrary<String> partType = Arbitraries.of("image/png", "image/jpeg", "application/octet-stream",
                "text/html", "", "image/svg+xml", "multipart/mixed");
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                Arbitraries.of(
                        new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                        new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'},
                        "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1),
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                        new byte[0]));
        return Combinators.combine(path, part, Hostile.text(), partType, bytes).as((p, pt, name, type, b) ->
                new Upload(p.replace("WEB ", ""), p.startsWith("WEB "), pt, name, type, b));
    }

    @Property(tries = 100)
    void uploadsNeverAnswer5xxAndARefusalStoresNothing(@ForAll("uploads") Upload u) {
        Multipart body = Multipart.of(u.part(), u.fileName(), u.partType(), u.bytes());
        String before = target.fingerprint();
        Answer answer;
        if (u.web()) {
            answer = target.sendBytes("POST", fill(u.path()) + "?csrfToken=" + sellerBrowser.csrfToken(),
                    body.contentType(), body.body(), Map.of("Accept", "text/html", "Cookie", sellerBrowser.cookies()));
            assertThat(answer.status()).as("%s -> %s", u, answer).isLessThan(500);
        } else {
            answer = target.sendBytes("POST", fill(u.path()), body.contentType(), body.body(), bearer());
            Problems.assertApiAnswer(answer, Set.of("image", "file", "alt", "cover", "name"));
        }
        if (answer.status() >= 400) {
            assertThat(target.fingerprint()).as("a refused upload changed rows: %s -> %s", u, answer).isEqualTo(before);
        }
    }
}
