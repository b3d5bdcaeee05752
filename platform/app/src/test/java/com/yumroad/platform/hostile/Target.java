package com.yumroad.platform.hostile;


import com.yumroad.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application on a fresh database and a raw HTTP client (the JDK's: it sends bytes as given, with or without a
 * Content-Type), plus a fingerprint of every business table, to prove that a refused request changed nothing.
 */
final class Target implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    /**
     * Every business table, as the rows a request decides. Left out: what reading or background work writes (a
     * token's last use, webhook deliveries and a subscription's delivery state, the activity feed, the publication log).
     */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("accounts.users", "t"),
            Map.entry("accounts.personal_access_tokens", "to_jsonb(t) - 'last_used_at'"),
            Map.entry("storefront.stores", "t"),
            Map.entry("catalog.products", "t"),
            Map.entry("catalog.tags", "t"),
            Map.entry("catalog.product_tags", "t"),
            Map.entry("catalog.product_files", "t"),
            Map.entry("sales.orders", "t"),
            Map.entry("delivery.download_counts", "t"),
            Map.entry("delivery.download_limits", "t"),
            Map.entry("webhooks.subscriptions", "to_jsonb(t) - 'consecutive_failures' - 'disabled_at'"));

    private final EmbeddedServer server;
    private final String databaseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Target() {
        databaseUrl = TestDatabase.server().createDatabase();
        server = ApplicationContext.run(EmbeddedServer.class, Map.<String, Object>of(
                "datasources.default.url", databaseUrl,
                "datasources.default.username", TestDatabase.server().user(),
                "datasources.default.password", TestDatabase.server().password(),
                "micronaut.server.port", "-1",
                "yumroad.login-throttle.per-client", "1000000",
                "yumroad.login-throttle.per-account", "1000000",
                "yumroad.tags.new-per-account", "1000000"));
    }

    record Answer(int status, String contentType, String body, String location) {
        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
        }
    }

    /** Sends a request as given; a dropped connection is an assertion failure like a 5xx. */
    Answer send(String method, String pathAndQuery, String contentType, String body, Map<String, String> headers) {
        return sendBytes(method, pathAndQuery, contentType, body == null ? null : utf8(body), headers);
    }

    Answer sendBytes(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new AssertionError("dropped connection on " + method + " " + pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** UTF-8, except that a lone surrogate goes out as its three (invalid) bytes instead of "?". */
    static byte[] utf8(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** A digest per business table of all its rows (so that a failure names the table that changed). */
    Map<String, String> fingerprint() {
        try (Connection c = TestDatabase.server().connect(databaseUrl); Statement s = c.createStatement()) {
            Map<String, String> digests = new java.util.TreeMap<>();
            for (String table : TABLES.keySet()) {
                String row = "(" + TABLES.get(table) + ")::text";
                try (ResultSet rs = s.executeQuery("select coalesce(string_agg(" + row + ", '|' order by " + row
                        + "), '') from " + table + " t")) {
                    rs.next();
                    digests.put(table, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(rs.getString(1).getBytes(StandardCharsets.UTF_8))).substring(0, 16));
                }
            }
            return digests;
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        try (Connection c = TestDatabase.server().connect(databaseUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- fixtures, made through the API and the pages like any client would ---

    record Account(long id, String email, String token, Long storeId) {
    }

    Account account(String name, boolean withStore) {
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        Answer signUp = send("POST", "/api/v1/users", "application/json", "{\"email\":" + Json.string(email)
                + ",\"password\":" + Json.string(PASSWORD) + ",\"name\":" + Json.string(name) + "}", Map.of());
        long id = number(signUp, "id");
        Answer token = send("POST", "/api/v1/auth/token", "application/json", "{\"email\":" + Json.string(email)
                + ",\"password\":" + Json.string(PASSWORD) + "}", Map.of());
        String bearer = text(token, "accessToken");
        Long store = null;
        if (withStore) {
            store = number(send("POST", "/api/v1/stores", "application/json", "{\"name\":" + Json.string(name + " Shop")
                    + "}", Map.of("Authorization", "Bearer " + bearer)), "id");
        }
        return new Account(id, email, bearer, store);
    }

    long product(Account seller, String name) {
        return number(send("POST", "/api/v1/products", "application/json", "{\"name\":" + Json.string(name)
                + ",\"priceCents\":100,\"tags\":[\"fixture\"]}", Map.of("Authorization", "Bearer " + seller.token())),
                "id");
    }

    /** A file on the product, uploaded through the API as a seller's integration would. */
    long file(Account seller, long product, String name, byte[] bytes) {
        Multipart upload = Multipart.of("file", name, "application/octet-stream", bytes);
        return number(sendBytes("POST", "/api/v1/products/" + product + "/files", upload.contentType(), upload.body(),
                Map.of("Authorization", "Bearer " + seller.token())), "id");
    }

    /** A buyer's checkout in test mode, left pending: answers the test checkout page's path. */
    String pendingCheckout(Browser visitor, long product, String buyerEmail) {
        Answer started = send("POST", "/checkout/" + product, "application/x-www-form-urlencoded",
                "csrfToken=" + visitor.csrfToken() + "&email=" + Json.percentEncoded(buyerEmail),
                Map.of("Accept", "text/html", "Cookie", "csrfToken=" + visitor.csrfToken()));
        if (started.status() != 303 || !started.location().startsWith("/checkout/test/")) {
            throw new IllegalStateException("checkout did not start in test mode: " + started);
        }
        return started.location();
    }

    /** A paid sale: answers the buyer's receipt path. */
    String paidSale(Browser visitor, long product, String buyerEmail) {
        String checkout = pendingCheckout(visitor, product, buyerEmail);
        Answer paid = send("POST", checkout, "application/x-www-form-urlencoded", "csrfToken=" + visitor.csrfToken()
                        + "&card=4242+4242+4242+4242&expiry=12%2F34&cvc=123",
                Map.of("Accept", "text/html", "Cookie", "csrfToken=" + visitor.csrfToken()));
        if (paid.status() != 303 || !paid.location().startsWith("/receipts/")) {
            throw new IllegalStateException("test payment failed: " + paid);
        }
        return paid.location();
    }

    /** A visitor without an account: a CSRF cookie and its token, as the log-in page hands out. */
    Browser visitor() {
        try {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            String csrf = cookie(login, "csrfToken");
            return new Browser("csrfToken=" + csrf, csrf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs a browser in: answers the Cookie header (JWT and CSRF cookies) and the CSRF token for forms. */
    Browser browser(Account account) {
        HttpRequest page = HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                .header("Accept", "text/html").GET().build();
        try {
            HttpResponse<String> login = http.send(page, HttpResponse.BodyHandlers.ofString());
            String csrf = cookie(login, "csrfToken");
            String form = "csrfToken=" + csrf + "&email=" + Json.percentEncoded(account.email())
                    + "&password=" + Json.percentEncoded(PASSWORD);
            HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "csrfToken=" + csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (loggedIn.statusCode() != 303) {
                throw new IllegalStateException("log-in failed: " + loggedIn.statusCode());
            }
            return new Browser("csrfToken=" + csrf + "; JWT=" + cookie(loggedIn, "JWT"), csrf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Browser(String cookies, String csrfToken) {
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " cookie"));
    }

    private static long number(Answer answer, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + answer);
        }
        return Long.parseLong(m.group(1));
    }

    private static String text(Answer answer, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + answer);
        }
        return m.group(1);
    }

    @Override
    public void close() {
        server.close();
    }
}
