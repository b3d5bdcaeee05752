package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.Eventually;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.events.max-attempts", value = "3")
@Property(name = "yumroad.events.first-retry-delay", value = "50ms")
@Property(name = "yumroad.events.max-retry-delay", value = "200ms")
@Property(name = "yumroad.events.scheduler.interval", value = "100ms")
// The scheduler purges too: with its own age far away, only the purge this test calls can remove a row.
@Property(name = "yumroad.events.purge-completed-after", value = "3650d")
class RetriesTest implements FreshDatabase {

    /** Asks for a report whose sending fails {@code failures} times before it works. */
    @Serdeable
    record ReportRequested(String name, int failures) implements DomainEvent {
    }

    @Singleton
    static class ReportSender {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final Map<String, List<Delivery>> deliveries = new ConcurrentHashMap<>();

        @AfterCommit
        void on(ReportRequested event, Delivery delivery) {
            deliveries.computeIfAbsent(event.name(), n -> new CopyOnWriteArrayList<>()).add(delivery);
            int call = calls.computeIfAbsent(event.name(), n -> new AtomicInteger()).incrementAndGet();
            if (call <= event.failures()) {
                throw new IllegalStateException("report service down (call " + call + ")");
            }
        }
    }

    /** A payment to book into a ledger; the booking fails the first time, after having written its row. */
    @Serdeable
    record PaymentReceived(String reference) implements DomainEvent {
    }

    @Singleton
    static class Ledger {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        private final TransactionOperations<Connection> transactions;

        Ledger(TransactionOperations<Connection> transactions) {
            this.transactions = transactions;
        }

        @AfterCommit
        @Transactional
        void book(PaymentReceived event) throws SQLException {
            try (var s = transactions.getConnection().prepareStatement("insert into ledger (reference) values (?)")) {
                s.setString(1, event.reference());
                s.executeUpdate();
            }
            if (calls.computeIfAbsent(event.reference(), r -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new SQLException("ledger locked");
            }
        }
    }

    @Inject
    DomainEvents events;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    ReportSender sender;
    @Inject
    Ledger ledger;
    @Inject
    EventPublications publications;
    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void createLedger() throws SQLException {
        try (Connection c = connection()) {
            c.createStatement().execute("create table ledger (reference text not null)");
        }
    }

    @Test
    void aListenerThatThrowsIsRetriedWithItsErrorRecordedAndCompletes() throws Exception {
        publish(new ReportRequested("weekly", 2));

        var row = awaitStatus("name", "weekly", "completed");
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.listenerId()).isEqualTo("ReportSender.on");
        assertThat(row.lastError()).contains("report service down (call 2)");
        assertThat(sender.calls.get("weekly")).hasValue(3);
        assertThat(sender.deliveries.get("weekly")).extracting(Delivery::attempt).containsExactly(1, 2, 3);
        assertThat(sender.deliveries.get("weekly")).extracting(Delivery::publicationId).containsOnly(row.id());
        assertThat(sender.deliveries.get("weekly")).extracting(Delivery::publishedAt).doesNotContainNull().hasSize(3)
                .as("when it happened, the same on every attempt").containsOnly(sender.deliveries.get("weekly").get(0).publishedAt());
    }

    @Test
    void aFailedAttemptUndoesTheListenersDatabaseWorkSoTheRetryWritesItOnce() throws Exception {
        publish(new PaymentReceived("pay-1"));

        var row = awaitStatus("reference", "pay-1", "completed");
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.listenerId()).as("the bean's own class, not its AOP proxy").isEqualTo("Ledger.book");
        assertThat(row.lastError()).contains("ledger locked");
        try (Connection c = connection(); var rs = c.createStatement()
                .executeQuery("select count(*) from ledger where reference = 'pay-1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isOne();
        }
    }

    @Test
    void outOfAttemptsItIsFailedVisibleToOperatorsAndOnHealthAndAResubmissionDeliversIt() throws Exception {
        publish(new ReportRequested("yearly", 3));

        var row = awaitStatus("name", "yearly", "failed");
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(publications.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.id()).isEqualTo(row.id());
            assertThat(failed.listenerId()).isEqualTo("ReportSender.on");
            assertThat(failed.eventType()).isEqualTo(ReportRequested.class.getName());
            assertThat(failed.serializedEvent()).contains("\"yearly\"");
            assertThat(failed.lastError()).contains("report service down (call 3)");
        });
        // what /health's eventPublications shows (platform/web; PlatformAssemblyTest reads it on the application)
        assertThat(publications.countByStatus()).containsEntry("failed", 1L);

        assertThat(publications.resubmit(row.id())).isTrue();
        assertThat(publications.resubmit(row.id())).as("no longer failed").isFalse();

        var delivered = awaitStatus("name", "yearly", "completed");
        assertThat(delivered.attempts()).as("a fresh round of attempts").isOne();
        assertThat(sender.calls.get("yearly")).hasValue(4);
        assertThat(publications.failed()).isEmpty();
    }

    @Test
    void completedPublicationsArePurgedOnceOldEnough() throws Exception {
        publish(new ReportRequested("old", 0));
        publish(new ReportRequested("recent", 0));
        var old = awaitStatus("name", "old", "completed");
        awaitStatus("name", "recent", "completed");
        try (Connection c = connection(); var s = c.prepareStatement(
                "update platform.event_publication set completed_at = now() - interval '8 days' where id = ?")) {
            s.setLong(1, old.id());
            s.executeUpdate();
        }

        assertThat(publications.purgeCompletedOlderThan(Duration.ofDays(7))).isOne();

        try (Connection c = connection()) {
            assertThat(PublicationRows.where(c, "name", "old")).isEmpty();
            assertThat(PublicationRows.where(c, "name", "recent")).hasSize(1);
        }
    }

    private void publish(DomainEvent event) {
        transactions.executeWrite(status -> {
            events.publish(event);
            return null;
        });
    }

    private PublicationRows.Row awaitStatus(String field, String value, String status) {
        return Eventually.await("publication " + field + "=" + value + " is " + status, () -> {
            try (Connection c = connection()) {
                return PublicationRows.single(c, field, value);
            }
        }, row -> row.status().equals(status));
    }
}
