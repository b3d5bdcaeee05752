package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's publications (one per after-commit listener) are delivered together after its commit: one transaction,
 * each listener in its own savepoint, so a listener that fails undoes its own work only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.events.first-retry-delay", value = "50ms")
@Property(name = "yumroad.events.max-retry-delay", value = "200ms")
@Property(name = "yumroad.events.scheduler.interval", value = "100ms")
class OneEventOneTransactionTest implements FreshDatabase {

    @Serdeable
    record OrderShipped(String reference) implements DomainEvent {
    }

    /** Writes a row per shipment: the courier's booking fails once per reference after having written its row. */
    @Singleton
    static class Shipping {
        final Map<String, AtomicInteger> bookings = new ConcurrentHashMap<>();
        private final TransactionOperations<Connection> transactions;

        Shipping(TransactionOperations<Connection> transactions) {
            this.transactions = transactions;
        }

        @AfterCommit
        void note(OrderShipped event) throws SQLException {
            write("warehouse", event.reference());
        }

        @AfterCommit
        void book(OrderShipped event) throws SQLException {
            write("courier", event.reference());
            if (event.reference().startsWith("fragile")
                    && bookings.computeIfAbsent(event.reference(), r -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new SQLException("courier busy");
            }
        }

        private void write(String by, String reference) throws SQLException {
            try (var s = transactions.getConnection().prepareStatement("insert into shipments values (?, ?)")) {
                s.setString(1, by);
                s.setString(2, reference);
                s.executeUpdate();
            }
        }
    }

    @Inject
    DomainEvents events;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeAll
    void createShipments() throws SQLException {
        try (Connection c = connection()) {
            c.createStatement().execute("create table shipments (by_whom text not null, reference text not null)");
        }
    }

    @Test
    void theListenersOfOneEventAreDeliveredInOneTransaction() throws Exception {
        publish(new OrderShipped("parcel-1"));

        List<PublicationRows.Row> rows = awaitAllCompleted("parcel-1");
        assertThat(rows).extracting(PublicationRows.Row::listenerId).containsExactlyInAnyOrder("Shipping.note", "Shipping.book");
        assertThat(rows).extracting(PublicationRows.Row::attempts).containsOnly(1);
        try (Connection c = connection(); var s = c.prepareStatement(
                "select count(distinct xmin::text) from platform.event_publication where serialized_event ->> 'reference' = ?")) {
            s.setString(1, "parcel-1");
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("transactions that completed them").isOne();
            }
        }
        assertThat(shipments("parcel-1")).containsExactlyInAnyOrder("warehouse", "courier");
    }

    @Test
    void aListenerThatFailsUndoesItsOwnWorkOnlyAndIsRetriedAlone() throws Exception {
        publish(new OrderShipped("fragile-1"));

        List<PublicationRows.Row> rows = awaitAllCompleted("fragile-1");
        assertThat(rows).filteredOn(row -> row.listenerId().equals("Shipping.note")).singleElement()
                .satisfies(row -> assertThat(row.attempts()).isOne());
        assertThat(rows).filteredOn(row -> row.listenerId().equals("Shipping.book")).singleElement()
                .satisfies(row -> {
                    assertThat(row.attempts()).isEqualTo(2);
                    assertThat(row.lastError()).contains("courier busy");
                });
        assertThat(shipments("fragile-1")).as("each listener's row once: the failed attempt's is gone")
                .containsExactlyInAnyOrder("warehouse", "courier");
    }

    private void publish(DomainEvent event) {
        transactions.executeWrite(status -> {
            events.publish(event);
            return null;
        });
    }

    private List<PublicationRows.Row> awaitAllCompleted(String reference) {
        return Eventually.await("both publications of " + reference + " completed", () -> {
            try (Connection c = connection()) {
                return PublicationRows.where(c, "reference", reference);
            }
        }, rows -> rows.size() == 2 && rows.stream().allMatch(row -> row.status().equals("completed")));
    }

    private List<String> shipments(String reference) throws SQLException {
        try (Connection c = connection(); var s = c.prepareStatement("select by_whom from shipments where reference = ?")) {
            s.setString(1, reference);
            try (var rs = s.executeQuery()) {
                List<String> by = new ArrayList<>();
                while (rs.next()) {
                    by.add(rs.getString(1));
                }
                return by;
            }
        }
    }
}
