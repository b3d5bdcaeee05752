package com.yumroad.webhooks.outbound;

import com.sun.net.httpserver.HttpServer;
import com.yumroad.webhooks.subscriptions.WebhookSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbound client against a local server: guard, redirects, timeouts, capped answers. */
class OutboundHttpTest {

    HttpServer server;
    final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void server() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            hits.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.UTF_8);
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                }
            } catch (Exception clientGone) {
                // the client stops reading after its cap
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static OutboundHttp client(boolean allowPrivate) {
        WebhookSettings settings = new WebhookSettings(true, allowPrivate, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1024, Duration.ofDays(1), 30, 20);
        return new OutboundHttp(new Destinations(settings), settings);
    }

    private static WebhookRequest post(String url) {
        return new WebhookRequest(url, Map.of("webhook-id", "msg_1"), "{}");
    }

    @Test
    void theGuardStopsTheConnectionToALoopbackAddress() {
        WebhookAnswer answer = client(false).post(post(url("/ok")));

        assertThat(answer.succeeded()).isFalse();
        assertThat(answer.error()).startsWith("Refused").contains("loopback");
        assertThat(hits).hasValue(0);
    }

    @Test
    void redirectsAreNotFollowed() {
        WebhookAnswer answer = client(true).post(post(url("/redirect")));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.succeeded()).isFalse();
        assertThat(hits).hasValue(1);
    }

    @Test
    void theAnswerReadIsCappedAndASlowServerTimesOut() {
        WebhookAnswer huge = client(true).post(post(url("/huge")));
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.excerpt()).hasSize(500);

        WebhookAnswer slow = client(true).post(post(url("/slow")));
        assertThat(slow.status()).isNull();
        assertThat(slow.error()).containsIgnoringCase("timeout");
    }
}
