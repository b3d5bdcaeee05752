package com.yumroad.webhooks.delivery;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import com.yumroad.webhooks.subscriptions.IssuedSubscription;
import com.yumroad.webhooks.subscriptions.NewSubscription;
import com.yumroad.webhooks.subscriptions.Subscriptions;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries end to end: a product event in catalog, the fan-out and the sender on the publication log, a local
 * receiver. The guard is relaxed here (http, loopback): its refusals are proved in outbound's tests.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.webhooks.allow-http", value = "true")
@Property(name = "yumroad.webhooks.allow-private-networks", value = "true")
@Property(name = "yumroad.webhooks.disable-after-failures", value = "3")
@Property(name = "yumroad.events.first-retry-delay", value = "200ms")
@Property(name = "yumroad.events.max-retry-delay", value = "400ms")
@Property(name = "yumroad.events.scheduler.interval", value = "200ms")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class WebhookDeliveryTest implements FreshDatabase {

    static final AtomicInteger SELLERS = new AtomicInteger();

    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    @Inject
    Catalog catalog;
    @Inject
    Subscriptions subscriptions;
    @Inject
    Deliveries deliveries;
    @Inject
    JsonMapper json;
    @Inject
    @Client("/")
    HttpClient client;
    Receiver receiver;

    @BeforeAll
    void receiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    record Seller(long id, String email) {
    }

    Seller seller() {
        int n = SELLERS.incrementAndGet();
        String email = "seller" + n + "@example.com";
        long id = accounts.register(new Registration(email, "Seller " + n, "correct horse")).id();
        storefront.open(id, new NewStore("Shop " + n, null));
        return new Seller(id, email);
    }

    IssuedSubscription subscribe(Seller seller, String... events) {
        return subscriptions.subscribe(seller.id(), new NewSubscription(receiver.url(), List.of(events)));
    }

    long publish(Seller seller, String name) {
        return catalog.create(seller.id(), new NewProduct(name, "About it", 500L, List.of())).id();
    }

    List<Receiver.Received> receivedFor(long productId, int atLeast) {
        return Eventually.await("deliveries for product " + productId,
                () -> receiver.received.stream().filter(r -> r.body().contains("\"productId\":" + productId)).toList(),
                list -> list.size() >= atLeast);
    }

    @Test
    void subscriptionsRacingForTheLastPlacesMakeNoMoreThanTheLimit() throws Exception {
        Seller seller = seller();
        for (int i = 0; i < 17; i++) {
            subscribe(seller, "catalog.product-published");
        }
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Boolean>> made = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                made.add(pool.submit(() -> {
                    start.await();
                    try {
                        subscribe(seller, "catalog.product-published");
                        return true;
                    } catch (com.yumroad.kernel.errors.InvalidInputException refused) {
                        return false;
                    }
                }));
            }
            int succeeded = 0;
            for (var one : made) {
                succeeded += one.get() ? 1 : 0;
            }
            assertThat(succeeded).as("the default limit is 20").isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(subscriptions.list(seller.id())).hasSize(20);
    }

    @Test
    void aDeliveryIsSignedAsTheStandardWebhooksSpecificationSays() throws Exception {
        Seller seller = seller();
        IssuedSubscription subscription = subscribe(seller, "catalog.product-published");

        long product = publish(seller, "Signed Brushes");

        Receiver.Received got = receivedFor(product, 1).get(0);
        String id = got.header("webhook-id");
        String timestamp = got.header("webhook-timestamp");
        assertThat(id).startsWith("msg_");
        assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        assertThat(got.header("webhook-signature").split(" "))
                .contains("v1," + specSignature(subscription.secret(), id, timestamp, got.body()));
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = json.readValue(got.body(), Map.class);
        assertThat(payload).containsEntry("type", "catalog.product-published").containsKey("timestamp");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) payload.get("data");
        assertThat(data).containsEntry("name", "Signed Brushes");
        assertThat(((Number) data.get("creatorId")).longValue()).isEqualTo(seller.id());
    }

    @Test
    void onlySubscribedEventsOfTheOwnersOwnStoreAreSent() {
        Seller seller = seller();
        Seller other = seller();
        subscribe(seller, "catalog.product-updated");

        long mine = publish(seller, "Not Subscribed");
        long theirs = publish(other, "Someone Else's");
        catalog.change(mine, seller.id(), new ProductChanges("Renamed", null, null, null));
        catalog.change(theirs, other.id(), new ProductChanges("Also Renamed", null, null, null));

        Receiver.Received got = receivedFor(mine, 1).get(0);
        assertThat(got.body()).contains("catalog.product-updated", "Renamed");
        assertThat(receiver.received).noneMatch(r -> r.body().contains("\"productId\":" + theirs));
        assertThat(receiver.received).noneMatch(r -> r.body().contains("Not Subscribed"));
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdUntilItSucceeds() throws SQLException {
        Seller seller = seller();
        IssuedSubscription subscription = subscribe(seller, "catalog.product-published");
        receiver.answers.addAll(List.of(500, 503));

        long product = publish(seller, "Retried Pens");

        List<Receiver.Received> attempts = receivedFor(product, 3);
        assertThat(attempts).extracting(r -> r.header("webhook-id")).containsOnly(attempts.get(0).header("webhook-id"));
        List<DeliveryView> log = Eventually.await("the delivery succeeded",
                () -> deliveries.recent(seller.id(), subscription.webhook().id()),
                l -> !l.isEmpty() && l.get(0).status().equals("succeeded"));
        assertThat(log.get(0).attempts()).isEqualTo(3);
        assertThat(log.get(0).lastStatusCode()).isEqualTo(200);
        assertThat(log.get(0).lastResponse()).startsWith("answer");
        assertThat(subscriptions.find(seller.id(), subscription.webhook().id()).consecutiveFailures()).isZero();
    }

    @Test
    void aWebhookFailingAgainAndAgainIsDisabledAndItsOwnerSeesIt() {
        Seller seller = seller();
        Receiver failing = receiver;
        IssuedSubscription subscription = subscribe(seller, "catalog.product-removed");
        long product = publish(seller, "Doomed Ink");
        failing.otherwise = 500;
        try {
            catalog.remove(product, seller.id());

            Eventually.await("the webhook is disabled", () ->
                    subscriptions.find(seller.id(), subscription.webhook().id()).disabledAt() != null);
        } finally {
            failing.otherwise = 200;
        }
        List<DeliveryView> log = Eventually.await("the delivery failed",
                () -> deliveries.recent(seller.id(), subscription.webhook().id()),
                l -> l.get(0).status().equals("failed"));
        assertThat(log.get(0).attempts()).isEqualTo(3);
        assertThat(log.get(0).lastStatusCode()).isEqualTo(500);

        WebSession owner = new WebSession(client).logIn(seller.email(), "correct horse");
        String page = owner.get("/dashboard/webhooks").body();
        assertThat(page).contains("is disabled since", "It failed 3 times in a row; the last answer was HTTP 500.",
                "/dashboard/webhooks/" + subscription.webhook().id() + "/enable");
        assertThat(owner.get("/dashboard/webhooks/" + subscription.webhook().id()).body())
                .contains("the last answer was HTTP 500", "Enable again");

        assertThat(owner.post("/dashboard/webhooks/" + subscription.webhook().id() + "/enable", Map.of()).code())
                .isEqualTo(303);
        assertThat(subscriptions.find(seller.id(), subscription.webhook().id()).disabledAt()).isNull();
        assertThat(owner.get("/dashboard/webhooks").body()).doesNotContain("is disabled since");
    }

    @Test
    void sendAgainRedeliversFromTheLogWithTheSameId() {
        Seller seller = seller();
        IssuedSubscription subscription = subscribe(seller, "catalog.product-published");
        long product = publish(seller, "Twice Sent");
        Receiver.Received first = receivedFor(product, 1).get(0);
        DeliveryView done = Eventually.await("delivered", () -> deliveries.recent(seller.id(),
                subscription.webhook().id()).get(0), d -> d.status().equals("succeeded"));

        WebSession owner = new WebSession(client).logIn(seller.email(), "correct horse");
        assertThat(owner.get("/dashboard/webhooks/" + subscription.webhook().id()).body()).contains("Send again");
        assertThat(owner.post("/dashboard/webhooks/" + subscription.webhook().id() + "/deliveries/" + done.id()
                + "/redeliver", Map.of()).code()).isEqualTo(303);

        List<Receiver.Received> both = receivedFor(product, 2);
        assertThat(both.get(1).header("webhook-id")).isEqualTo(first.header("webhook-id"));
    }

    @Test
    void aRotatedSecretSignsAlongsideTheOldOneForADay() throws Exception {
        Seller seller = seller();
        IssuedSubscription subscription = subscribe(seller, "catalog.product-published");
        String fresh = subscriptions.rotateSecret(seller.id(), subscription.webhook().id());

        long product = publish(seller, "Rotated");

        Receiver.Received got = receivedFor(product, 1).get(0);
        List<String> signatures = Arrays.asList(got.header("webhook-signature").split(" "));
        String id = got.header("webhook-id");
        String ts = got.header("webhook-timestamp");
        assertThat(signatures).containsExactlyInAnyOrder("v1," + specSignature(fresh, id, ts, got.body()),
                "v1," + specSignature(subscription.secret(), id, ts, got.body()));
    }

    /** The specification's algorithm, written here independently of the code under test. */
    static String specSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.split("_", 2)[1]), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
