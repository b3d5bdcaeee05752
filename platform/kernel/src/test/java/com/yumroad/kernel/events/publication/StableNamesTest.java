package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import com.yumroad.testing.Eventually;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication log names events and listeners by what they are called, not by where their classes sit: a
 * publication left pending by a release in which the event's class and its listener had other names and places is
 * delivered by the release that renamed and moved them.
 */
class StableNamesTest {

    /** Once {@code com.yumroad.shipping.ParcelShipped}, listened to by {@code ParcelLog.on}. */
    @Serdeable
    @EventName("shipping.parcel-shipped")
    record ShipmentDispatched(String parcel) implements DomainEvent {
    }

    @Singleton
    static class ShipmentLedger {
        final List<String> shipped = new CopyOnWriteArrayList<>();

        @AfterCommit("ParcelLog.on")
        void record(ShipmentDispatched event) {
            shipped.add(event.parcel());
        }
    }

    /** Takes any event, as the event stream does: the class comes from the stored name. */
    @Singleton
    @Requires(property = "stable-names-test.any-event", value = "on")
    static class AnyEvent {
        final List<DomainEvent> seen = new CopyOnWriteArrayList<>();

        @AfterCommit("AnyEvent.on")
        void on(DomainEvent event) {
            seen.add(event);
        }
    }

    @Test
    void aListenerOfEveryEventReadsANamedEventAsItsClass() {
        String database = Instances.newDatabase();
        try (ApplicationContext instance = Instances.start(database, Map.of("stable-names-test.any-event", "on"))) {
            Instances.publish(instance, new ShipmentDispatched("p-3"));

            AnyEvent any = instance.getBean(AnyEvent.class);
            Eventually.await("the listener of every event got p-3",
                    () -> any.seen.contains(new ShipmentDispatched("p-3")));
        }
    }

    @Test
    void theLogStoresTheEventsStableName() throws Exception {
        String database = Instances.newDatabase();
        try (ApplicationContext instance = Instances.start(database, Map.of(
                "yumroad.events.dispatch-after-commit", false, "yumroad.events.scheduler.enabled", false))) {
            Instances.publish(instance, new ShipmentDispatched("p-1"));
        }
        try (Connection c = Instances.connect(database)) {
            assertThat(eventTypes(c)).containsExactly("shipping.parcel-shipped");
        }
    }

    @Test
    void aPublicationPendingSinceTheClassesHadOtherNamesIsStillDelivered() throws Exception {
        String database = Instances.newDatabase();
        try (ApplicationContext migrated = Instances.start(database,
                Map.of("yumroad.events.scheduler.enabled", false))) {
            // the schema is there; nothing of this test's is published yet
        }
        try (Connection c = Instances.connect(database)) {
            // written by the older release, with the class name as the event type; then the upgrade's V3 renames it
            c.createStatement().executeUpdate("""
                    insert into platform.event_publication (listener_id, event_type, serialized_event)
                    values ('ParcelLog.on', 'com.yumroad.shipping.ParcelShipped', '{"parcel": "p-2"}')""");
            c.createStatement().executeUpdate(platformMigration("V3__name_events_in_publication_log.sql")
                    .replace("update event_publication", "update platform.event_publication"));
            assertThat(eventTypes(c)).containsExactly("shipping.parcel-shipped");
        }

        try (ApplicationContext renamed = Instances.start(database, Map.of(
                "yumroad.events.resubmit-older-than", "0s", "yumroad.events.scheduler.interval", "1h"))) {
            ShipmentLedger ledger = renamed.getBean(ShipmentLedger.class);
            Eventually.await("the renamed listener got p-2", () -> ledger.shipped.contains("p-2"));
            try (Connection c = Instances.connect(database)) {
                Eventually.await("p-2 completed", () -> PublicationRows.single(c, "parcel", "p-2"),
                        row -> row.status().equals("completed"));
            }
        }
    }

    @Test
    void theUpgradeNamesEveryModulesEventsAndTheUndoGivesTheClassNamesBack() throws Exception {
        String database = Instances.newDatabase();
        try (ApplicationContext migrated = Instances.start(database,
                Map.of("yumroad.events.scheduler.enabled", false))) {
            // the schema is there
        }
        try (Connection c = Instances.connect(database)) {
            for (String type : List.of("com.yumroad.catalog.ProductPublished", "com.yumroad.sales.SaleRefunded",
                    "com.yumroad.webhooks.delivery.WebhookDue")) {
                c.createStatement().executeUpdate("insert into platform.event_publication (listener_id, event_type, "
                        + "serialized_event, status) values ('X.y', '" + type + "', '{}', 'completed')");
            }
            c.createStatement().executeUpdate(platformMigration("V3__name_events_in_publication_log.sql")
                    .replace("update event_publication", "update platform.event_publication"));
            assertThat(eventTypes(c)).containsExactly("catalog.product-published", "sales.sale-refunded",
                    "webhooks.webhook-due");

            c.createStatement().execute(platformMigration("U3__name_events_in_publication_log.sql")
                    .replace("update event_publication", "update platform.event_publication"));
            assertThat(eventTypes(c)).containsExactly("com.yumroad.catalog.ProductPublished",
                    "com.yumroad.sales.SaleRefunded", "com.yumroad.webhooks.delivery.WebhookDue");
        }
    }

    private static List<String> eventTypes(Connection c) throws Exception {
        try (var rs = c.createStatement()
                .executeQuery("select event_type from platform.event_publication order by id")) {
            List<String> types = new java.util.ArrayList<>();
            while (rs.next()) {
                types.add(rs.getString(1));
            }
            return types;
        }
    }

    private static String platformMigration(String file) throws Exception {
        try (InputStream in = StableNamesTest.class.getResourceAsStream("/db/migration/platform/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
