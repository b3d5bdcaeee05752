package com.yumroad.kernel.eventstream;

import com.yumroad.kernel.events.Delivery;
import com.yumroad.parcels.ParcelLost;
import com.yumroad.parcels.ParcelShipped;
import com.yumroad.parcels.internal.ParcelScanned;
import com.yumroad.testing.Eventually;
import io.micronaut.context.ApplicationContext;
import io.nats.client.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the NATS server of this machine (127.0.0.1:4222, JetStream on; `.ci/run` starts one when none answers). */
class EventStreamTest {

    private final TestStream stream = TestStream.onSharedBroker();

    @AfterEach
    void removeTheStream() {
        stream.delete();
    }

    @Test
    void everyPublicEventArrivesOnceOnItsOwnSubjectWithItsPublicationIdAsMessageId() throws Exception {
        String database = Instances.newDatabase();
        try (ApplicationContext app = Instances.start(database, stream, Map.of())) {
            Instances.publish(app, new ParcelShipped("p-1", 1200), new ParcelScanned("p-1"));
            Instances.publish(app, new ParcelLost("p-2"));

            try (Connection c = Instances.connect(database)) {
                Eventually.await("the three publications completed", () -> Publications.allCompleted(c, 3));
                List<Publications.Row> rows = Publications.ofTheStream(c);

                List<Message> seen = stream.read();
                // two workers deliver publications: events of one transaction may arrive in either order
                assertThat(seen).extracting(Message::getSubject).containsExactlyInAnyOrder(
                        stream.prefix() + ".parcels.parcel-shipped", stream.prefix() + ".parcels.parcel-lost");
                Message shipped = seen.stream().filter(m -> m.getSubject().endsWith(".parcel-shipped")).findFirst()
                        .orElseThrow();
                assertThat(new String(shipped.getData(), StandardCharsets.UTF_8))
                        .isEqualTo("{\"parcel\":\"p-1\",\"weightGrams\":1200}");
                assertThat(shipped.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo(Long.toString(rows.get(0).id()));
                assertThat(shipped.getHeaders().getFirst(EventStream.EVENT_TYPE)).isEqualTo("parcels.parcel-shipped");
                assertThat(shipped.getHeaders().getFirst(EventStream.PUBLISHED_AT))
                        .isEqualTo(rows.get(0).publishedAt().toString());
                Message lost = seen.stream().filter(m -> m.getSubject().endsWith(".parcel-lost")).findFirst()
                        .orElseThrow();
                assertThat(lost.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo(Long.toString(rows.get(2).id()));
            }
        }
    }

    /**
     * An attempt publishes, then the process dies before its transaction commits: the publication stays incomplete,
     * the next instance delivers it again with the same Nats-Msg-Id, and the stream keeps one copy.
     */
    @Test
    void aRedeliveryAfterACrashBetweenPublishAndCommitIsDroppedByTheStream() throws Exception {
        String database = Instances.newDatabase();
        ParcelShipped event = new ParcelShipped("p-3", 500);
        try (ApplicationContext crashing = Instances.start(database, stream, Map.of(
                "yumroad.events.dispatch-after-commit", false, "yumroad.events.scheduler.enabled", false))) {
            Instances.publish(crashing, event);
            try (Connection c = Instances.connect(database)) {
                Publications.Row row = Publications.ofTheStream(c).get(0);
                // the attempt's publish, as the dispatcher makes it; its completion never commits
                crashing.getBean(EventStream.class).publish(event, new Delivery(row.id(), row.publishedAt(), 1));
            }
        }
        try (Connection c = Instances.connect(database)) {
            assertThat(Publications.ofTheStream(c)).extracting(Publications.Row::status).containsExactly("incomplete");
        }
        assertThat(stream.count()).isOne();

        try (ApplicationContext restarted = Instances.start(database, stream, Map.of(
                "yumroad.events.resubmit-older-than", "0s", "yumroad.events.scheduler.interval", "1h"))) {
            try (Connection c = Instances.connect(database)) {
                Eventually.await("the restarted instance delivered it", () -> Publications.allCompleted(c, 1));
            }
            List<Message> seen = stream.read();
            assertThat(seen).hasSize(1);
            assertThat(new String(seen.get(0).getData(), StandardCharsets.UTF_8)).contains("\"p-3\"");
        }
    }

    @Test
    void withoutABrokerConfiguredNothingIsRecordedForTheStream() throws Exception {
        String database = Instances.newDatabase();
        Map<String, Object> settings = Map.of(
                "datasources.default.url", database,
                "datasources.default.username", com.yumroad.testing.TestDatabase.server().user(),
                "datasources.default.password", com.yumroad.testing.TestDatabase.server().password(),
                "nats.default.addresses", "");
        try (ApplicationContext app = ApplicationContext.run(settings, "test")) {
            assertThat(app.containsBean(EventStream.class)).isFalse();
            Instances.publish(app, new ParcelShipped("p-4", 1));
            try (Connection c = Instances.connect(database)) {
                assertThat(Publications.ofTheStream(c)).isEmpty();
            }
        }
    }
}
