package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.testing.Eventually;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backlog of 2,000 publications left by a dead instance is drained by the next instance's start-up run alone (its
 * scheduler interval is an hour, so no second run can help): recovery is bounded by the work, not by a batch per
 * interval. The listener writes a row in its delivery's transaction, like the activity feed. The time it took is
 * printed, not asserted (a figure for the report; run alone: {@code ./mvnw -o -q -pl platform/kernel -am verify
 * -Dtest=BacklogDrainTest -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class BacklogDrainTest {

    static final int BACKLOG = 2_000;

    @Serdeable
    record Parcel(int number) implements DomainEvent {
    }

    @Singleton
    static class ParcelBook {
        private final TransactionOperations<Connection> transactions;

        ParcelBook(TransactionOperations<Connection> transactions) {
            this.transactions = transactions;
        }

        @AfterCommit
        void on(Parcel parcel) throws SQLException {
            try (PreparedStatement insert = transactions.getConnection().prepareStatement(
                    "insert into parcels (number) values (?)")) {
                insert.setInt(1, parcel.number());
                insert.executeUpdate();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRestartedInstanceDrainsTheWholeBacklogInItsStartUpRun() throws Exception {
        String database = Instances.newDatabase();
        try (Connection c = Instances.connect(database)) {
            c.createStatement().execute("create table parcels (number int primary key)");
        }
        try (ApplicationContext dead = Instances.start(database, Map.of(
                "yumroad.events.dispatch-after-commit", false, "yumroad.events.scheduler.enabled", false))) {
            TransactionOperations<Connection> transactions = dead.getBean(TransactionOperations.class);
            transactions.executeWrite(status -> {
                for (int i = 0; i < BACKLOG; i++) {
                    dead.getBean(DomainEvents.class).publish(new Parcel(i));
                }
                return null;
            });
        }

        long started = System.nanoTime();
        try (ApplicationContext restarted = Instances.start(database, Map.of(
                "yumroad.events.resubmit-older-than", "0s", "yumroad.events.scheduler.interval", "1h"))) {
            try (Connection c = Instances.connect(database)) {
                Eventually.await("all " + BACKLOG + " publications completed", () -> count(c,
                        "select count(*) from platform.event_publication where status = 'completed'"),
                        n -> n == BACKLOG);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("BacklogDrainTest: %d publications drained %.1f s after the restart began "
                        + "(context start included)%n", BACKLOG, seconds);
                assertThat(count(c, "select count(*) from parcels")).isEqualTo(BACKLOG);
                assertThat(count(c, "select count(*) from platform.event_publication where attempts <> 1")).isZero();
            }
            assertThat(restarted.isRunning()).isTrue();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
