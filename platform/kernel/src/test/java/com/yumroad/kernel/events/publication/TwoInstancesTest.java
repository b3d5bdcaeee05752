package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.testing.Eventually;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, both with an eager scheduler (publications are due at once, every 20 ms) racing
 * each other's after-commit dispatch: every publication still reaches the listener exactly once, and none is lost
 * when an instance stops while delivering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    @Serdeable
    record Ticked(String batch, int tick) implements DomainEvent {
    }

    /** Counts calls across both instances, and books each tick in the database with its delivery. */
    @Singleton
    static class TickBook {
        static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
        private final TransactionOperations<Connection> transactions;
        private final String instance;

        TickBook(TransactionOperations<Connection> transactions, @Value("${test.instance:none}") String instance) {
            this.transactions = transactions;
            this.instance = instance;
        }

        @AfterCommit
        void on(Ticked event) throws SQLException {
            CALLS.computeIfAbsent(event.batch() + "/" + event.tick(), k -> new AtomicInteger()).incrementAndGet();
            try (var s = transactions.getConnection().prepareStatement(
                    "insert into ticks (batch, tick, instance) values (?, ?, ?)")) {
                s.setString(1, event.batch());
                s.setInt(2, event.tick());
                s.setString(3, instance);
                s.executeUpdate();
            }
        }
    }

    private final String database = Instances.newDatabase();
    private ApplicationContext first;
    private ApplicationContext second;

    @BeforeAll
    void startTwoInstances() throws SQLException {
        first = Instances.start(database, eager("first"));
        second = Instances.start(database, eager("second"));
        try (Connection c = Instances.connect(database)) {
            c.createStatement().execute("create table ticks (batch text not null, tick int not null, instance text not null)");
        }
    }

    @AfterAll
    void stop() {
        if (first.isRunning()) {
            first.close();
        }
        second.close();
    }

    @Test
    @Order(1)
    void underNormalOperationEachPublicationReachesTheListenerOnce() throws Exception {
        int ticks = 200;
        ExecutorService publishers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < ticks; t++) {
                int tick = t;
                ApplicationContext via = tick % 2 == 0 ? first : second;
                done.add(publishers.submit(() -> Instances.publish(via, new Ticked("normal", tick))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            publishers.shutdown();
        }

        awaitAllCompleted("normal", ticks);
        for (int tick = 0; tick < ticks; tick++) {
            assertThat(TickBook.CALLS.get("normal/" + tick)).as("calls for tick " + tick).hasValue(1);
        }
        assertThat(bookedPerTick("normal")).hasSize(ticks).allSatisfy((tick, count) -> assertThat(count).isOne());
    }

    @Test
    @Order(2) // stops the first instance
    void whenAnInstanceStopsWhileDeliveringTheOtherDeliversWhatIsLeftAndNoneIsLost() throws Exception {
        int ticks = 100;
        IntStream.range(0, ticks).forEach(tick -> Instances.publish(first, new Ticked("stopping", tick)));
        first.close();

        awaitAllCompleted("stopping", ticks);
        for (int tick = 0; tick < ticks; tick++) {
            assertThat(TickBook.CALLS.get("stopping/" + tick)).as("calls for tick " + tick).isNotNull();
        }
        assertThat(bookedPerTick("stopping")).as("the listener's write commits with the completion, once per tick")
                .hasSize(ticks).allSatisfy((tick, count) -> assertThat(count).isOne());
    }

    private static Map<String, Object> eager(String name) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("test.instance", name);
        settings.put("yumroad.events.resubmit-older-than", "0s");
        settings.put("yumroad.events.scheduler.interval", "20ms");
        settings.put("yumroad.events.batch-size", "5");
        settings.put("datasources.default.maximum-pool-size", "6");
        return settings;
    }

    private void awaitAllCompleted(String batch, int ticks) {
        Eventually.await("all " + ticks + " '" + batch + "' publications completed", () -> {
            try (Connection c = Instances.connect(database)) {
                return PublicationRows.where(c, "batch", batch).stream().filter(r -> r.status().equals("completed")).count();
            }
        }, completed -> completed == ticks);
    }

    private Map<Integer, Integer> bookedPerTick(String batch) throws SQLException {
        Map<Integer, Integer> booked = new HashMap<>();
        try (Connection c = Instances.connect(database);
             var s = c.prepareStatement("select tick, count(*) from ticks where batch = ? group by tick")) {
            s.setString(1, batch);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    booked.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        return booked;
    }
}
