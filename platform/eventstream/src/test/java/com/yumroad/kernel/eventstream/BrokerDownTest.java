package com.yumroad.kernel.eventstream;

import com.yumroad.parcels.ParcelShipped;
import com.yumroad.testing.Eventually;
import io.micronaut.context.ApplicationContext;
import io.nats.client.Message;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker that goes away delays the events published meanwhile; none is lost, none arrives twice. */
class BrokerDownTest {

    /** Short retry delays, so that the test does not wait the production backoff. */
    private static final Map<String, Object> QUICK_RETRIES = Map.of(
            "yumroad.events.first-retry-delay", "200ms", "yumroad.events.max-retry-delay", "500ms",
            "yumroad.events.scheduler.interval", "300ms");

    @Test
    void eventsPublishedWhileTheBrokerIsDownArriveOnceItIsBack() throws Exception {
        String database = Instances.newDatabase();
        try (OwnBroker broker = new OwnBroker()) {
            TestStream stream = TestStream.on(broker.url());
            broker.start();
            try (ApplicationContext app = Instances.start(database, stream, QUICK_RETRIES);
                 Connection c = Instances.connect(database)) {
                Instances.publish(app, new ParcelShipped("before", 1));
                Eventually.await("the first event delivered", () -> Publications.allCompleted(c, 1));

                broker.stop();
                Instances.publish(app, new ParcelShipped("during-1", 2));
                Instances.publish(app, new ParcelShipped("during-2", 3));
                Eventually.await("both attempted and failed while the broker is down", () -> Publications.ofTheStream(c),
                        rows -> rows.size() == 3 && rows.stream().skip(1)
                                .allMatch(r -> r.status().equals("incomplete") && r.attempts() >= 1));

                broker.start();
                Eventually.await("all three delivered once the broker is back", () -> Publications.allCompleted(c, 3));
                assertThat(stream.read()).extracting(BrokerDownTest::parcel)
                        .containsExactlyInAnyOrder("before", "during-1", "during-2");
            }
        }
    }

    @Test
    void anApplicationStartedWhileTheBrokerIsDownStartsAndDeliversLater() throws Exception {
        String database = Instances.newDatabase();
        try (OwnBroker broker = new OwnBroker()) {
            TestStream stream = TestStream.on(broker.url());
            try (ApplicationContext app = Instances.start(database, stream, QUICK_RETRIES);
                 Connection c = Instances.connect(database)) {
                Instances.publish(app, new ParcelShipped("early", 1));
                Eventually.await("attempted and failed", () -> Publications.ofTheStream(c),
                        rows -> rows.size() == 1 && rows.get(0).attempts() >= 1 && rows.get(0).lastError() != null);

                broker.start();
                Eventually.await("delivered once the broker is up", () -> Publications.allCompleted(c, 1));
                assertThat(stream.read()).extracting(BrokerDownTest::parcel).containsExactly("early");
            }
        }
    }

    private static String parcel(Message message) {
        String json = new String(message.getData(), StandardCharsets.UTF_8);
        return json.replaceAll(".*\"parcel\":\"([^\"]+)\".*", "$1");
    }
}
