package com.yumroad.platform.api;

import com.sun.net.httpserver.HttpServer;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook payload schemas in the OpenAPI document are what deliveries really carry: a seller subscribes a local
 * receiver to every event type, a product is published, changed, sold, refunded and removed, and each body received
 * is checked against the schema named for its type (Webhook + the event's name), field by field.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.webhooks.allow-http", value = "true")
@Property(name = "yumroad.webhooks.allow-private-networks", value = "true")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class WebhookPayloadSchemasTest implements FreshDatabase {

    static final List<String> TYPES = List.of("catalog.product-published", "catalog.product-updated",
            "catalog.product-removed", "sales.sale-completed", "sales.sale-refunded");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    HttpServer receiver;
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    void aReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    void stop() {
        receiver.stop(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDeliveryMatchesTheSchemaOfItsType() throws IOException {
        Contract api = new Contract(client.toBlocking(), json);
        Callers callers = new Callers(api);
        Callers.Caller seller = callers.seller("Schema Seller");
        api.call(Contract.post("/api/v1/webhooks", api.json(Map.of("url", "http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hooks", "events", TYPES))).bearerAuth(seller.token()));

        long product = callers.product(seller, "Schema Course", 2500);
        api.call(Contract.patch("/api/v1/products/" + product, api.json(Map.of("name", "Schema Course, 2nd ed.")))
                .bearerAuth(seller.token()));
        WebSession buyer = new WebSession(client);
        String payPage = buyer.post("/checkout/" + product, Map.of("email", "schema@example.com")).header("Location");
        buyer.post(payPage, Map.of("card", "4242 4242 4242 4242"));
        long sale = ((Number) api.call(HttpRequest.GET("/api/v1/sales").bearerAuth(seller.token())).items().get(0)
                .get("id")).longValue();
        api.call(HttpRequest.POST("/api/v1/sales/" + sale + "/refund", "").bearerAuth(seller.token()));
        api.call(HttpRequest.DELETE("/api/v1/products/" + product).bearerAuth(seller.token()));

        Eventually.await("a delivery of each type", () -> received.stream().map(this::type).distinct().count() == 5);
        PayloadSchema schemas = new PayloadSchema(new Yaml().load(client.toBlocking().retrieve(Contract.DOCUMENT)));
        for (String body : received) {
            Map<String, Object> payload = json.readValue(body, Map.class);
            String schema = "Webhook" + pascal(type(body));
            assertThat(schemas.problems(schema, payload)).as(body).isEmpty();
        }
        assertThat(schemas.has("SaleCompletedEvent")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private String type(String body) {
        try {
            return (String) json.readValue(body, Map.class).get("type");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code sales.sale-completed} -> {@code SaleCompleted}. */
    private static String pascal(String type) {
        StringBuilder name = new StringBuilder();
        for (String word : type.substring(type.indexOf('.') + 1).split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
