package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.testing.Eventually;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process dies between the commit and the delivery: the first instance commits a publication but never
 * dispatches it (dispatch after commit off, no scheduler, then stopped), and the next instance on the same database
 * delivers it in its start-up run (its scheduler interval is an hour, so only that run can).
 */
class RestartTest {

    @Serdeable
    record ParcelShipped(String parcel) implements DomainEvent {
    }

    @Singleton
    static class ParcelTracker {
        final List<String> shipped = new CopyOnWriteArrayList<>();

        @AfterCommit
        void on(ParcelShipped event) {
            shipped.add(event.parcel());
        }
    }

    @Test
    void aPublicationInterruptedBetweenCommitAndDispatchIsDeliveredAfterARestart() throws Exception {
        String database = Instances.newDatabase();

        try (ApplicationContext crashing = Instances.start(database, Map.of(
                "yumroad.events.dispatch-after-commit", false, "yumroad.events.scheduler.enabled", false))) {
            Instances.publish(crashing, new ParcelShipped("p-1"));
            assertThat(crashing.getBean(ParcelTracker.class).shipped).isEmpty();
        }
        try (Connection c = Instances.connect(database)) {
            assertThat(PublicationRows.single(c, "parcel", "p-1"))
                    .extracting(PublicationRows.Row::status, PublicationRows.Row::attempts)
                    .containsExactly("incomplete", 0);
        }

        try (ApplicationContext restarted = Instances.start(database, Map.of(
                "yumroad.events.resubmit-older-than", "0s", "yumroad.events.scheduler.interval", "1h"))) {
            ParcelTracker tracker = restarted.getBean(ParcelTracker.class);
            Eventually.await("the restarted instance delivered p-1", () -> tracker.shipped.contains("p-1"));

            try (Connection c = Instances.connect(database)) {
                var row = Eventually.await("p-1 completed", () -> PublicationRows.single(c, "parcel", "p-1"),
                        r -> r.status().equals("completed"));
                assertThat(row.attempts()).isOne();
            }
            assertThat(tracker.shipped).containsExactly("p-1");
        }
    }
}
