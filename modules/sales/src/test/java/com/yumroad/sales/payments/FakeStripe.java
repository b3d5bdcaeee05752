package com.yumroad.sales.payments;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that answers the Stripe API calls the adapter makes, the way Stripe does (form-encoded
 * requests, JSON objects back, idempotency keys honoured): create and retrieve Checkout Sessions, create refunds.
 * It records every request, and a test can mark a session paid or make the next call fail.
 */
final class FakeStripe implements AutoCloseable {

    record Request(String method, String path, Map<String, String> form, String idempotencyKey, String authorization) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile int failNextWith;

    FakeStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    void pay(String sessionId, String paymentIntent) {
        Map<String, Object> session = sessions.get(sessionId);
        session.put("status", "complete");
        session.put("payment_status", "paid");
        session.put("payment_intent", paymentIntent);
    }

    /** The next API call answers this status with a Stripe error body. */
    void failNext(int status) {
        failNextWith = status;
    }

    /** The session as Stripe's JSON, for webhook payloads. */
    String sessionJson(String sessionId) {
        return json(sessions.get(sessionId));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        requests.add(new Request(exchange.getRequestMethod(), path, form(body), key,
                exchange.getRequestHeaders().getFirst("Authorization")));
        if (failNextWith != 0) {
            int status = failNextWith;
            failNextWith = 0;
            answer(exchange, status, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such thing\"}}");
            return;
        }
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            String id = key != null && byIdempotencyKey.containsKey(key) ? byIdempotencyKey.get(key)
                    : newSession(form(body));
            if (key != null) {
                byIdempotencyKey.put(key, id);
            }
            answer(exchange, 200, json(sessions.get(id)));
        } else if (method.equals("GET") && path.startsWith("/v1/checkout/sessions/")
                && sessions.containsKey(path.substring("/v1/checkout/sessions/".length()))) {
            answer(exchange, 200, json(sessions.get(path.substring("/v1/checkout/sessions/".length()))));
        } else if (method.equals("POST") && path.equals("/v1/refunds")) {
            Map<String, String> form = form(body);
            answer(exchange, 200, "{\"id\":\"re_" + (key == null ? ids.incrementAndGet() : Math.abs(key.hashCode()))
                    + "\",\"object\":\"refund\",\"status\":\"succeeded\",\"payment_intent\":\""
                    + form.get("payment_intent") + "\"}");
        } else {
            answer(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Unrecognized request URL\"}}");
        }
    }

    private String newSession(Map<String, String> form) {
        String id = "cs_test_" + ids.incrementAndGet();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("id", id);
        session.put("object", "checkout.session");
        session.put("url", "https://checkout.stripe.test/c/pay/" + id);
        session.put("status", "open");
        session.put("payment_status", "unpaid");
        session.put("mode", "payment");
        session.put("client_reference_id", form.get("client_reference_id"));
        session.put("customer_email", form.get("customer_email"));
        session.put("currency", form.get("line_items[0][price_data][currency]"));
        session.put("amount_total", Long.parseLong(form.get("line_items[0][price_data][unit_amount]")));
        session.put("payment_intent", null);
        sessions.put(id, session);
        return id;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String json(Map<String, Object> object) {
        StringBuilder json = new StringBuilder("{");
        object.forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(k).append("\":");
            json.append(v == null ? "null" : v instanceof Number ? v.toString() : "\"" + v + "\"");
        });
        return json.append('}').toString();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_fake");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
