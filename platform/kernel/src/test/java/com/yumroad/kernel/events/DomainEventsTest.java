package com.yumroad.kernel.events;

import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.Eventually;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainEventsTest implements FreshDatabase {

    @Serdeable
    record SomethingHappened(String what) implements DomainEvent {
    }

    @Singleton
    static class Witness {
        final List<String> inTransaction = new CopyOnWriteArrayList<>();
        final List<String> afterCommit = new CopyOnWriteArrayList<>();

        @EventListener
        void on(SomethingHappened event) {
            inTransaction.add(event.what());
        }

        @AfterCommit
        void afterCommit(SomethingHappened event) {
            afterCommit.add(event.what());
        }
    }

    @Inject
    DomainEvents events;
    @Inject
    Witness witness;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeEach
    void forget() {
        witness.inTransaction.clear();
        witness.afterCommit.clear();
    }

    @Test
    void publishingOutsideATransactionFailsInsteadOfDroppingTheEvent() throws Exception {
        assertThatThrownBy(() -> events.publish(new SomethingHappened("lost")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(witness.inTransaction).isEmpty();
        assertThat(publicationsOf("lost")).isZero();
    }

    @Test
    void thePublicationIsWrittenInThePublishingTransactionAndDeliveredAfterItCommits() throws Exception {
        transactions.executeWrite(status -> {
            events.publish(new SomethingHappened("sold"));
            assertThat(witness.inTransaction).containsExactly("sold");
            assertThat(count(status.getConnection(), "sold")).as("inside the transaction").isOne();
            assertThat(publicationsOf("sold")).as("seen from outside before the commit").isZero();
            assertThat(witness.afterCommit).isEmpty();
            return null;
        });

        Eventually.await("the after-commit listener ran", () -> witness.afterCommit.contains("sold"));
        assertThat(witness.afterCommit).containsExactly("sold");
    }

    @Test
    void aRolledBackTransactionLeavesNoPublicationSoNoAfterCommitListenerRuns() throws Exception {
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            events.publish(new SomethingHappened("undone"));
            throw new IllegalStateException("use case failed");
        })).hasMessage("use case failed");

        assertThat(witness.inTransaction).containsExactly("undone");
        assertThat(publicationsOf("undone")).isZero();
        transactions.executeWrite(status -> {
            events.publish(new SomethingHappened("next"));
            return null;
        });
        Eventually.await("a later event is delivered", () -> witness.afterCommit.contains("next"));
        assertThat(witness.afterCommit).containsExactly("next");
    }

    private long publicationsOf(String what) throws SQLException {
        try (Connection c = connection()) {
            return count(c, what);
        }
    }

    private static long count(Connection c, String what) throws SQLException {
        try (var s = c.prepareStatement("select count(*) from platform.event_publication where serialized_event ->> 'what' = ?")) {
            s.setString(1, what);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
