package com.yumroad.kernel.events;

import com.yumroad.testing.DatabaseTest;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import io.micronaut.transaction.exceptions.IllegalTransactionStateException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainEventsTest implements DatabaseTest {

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

        @TransactionalEventListener
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
    void publishingOutsideATransactionFailsInsteadOfDroppingTheEvent() {
        assertThatThrownBy(() -> events.publish(new SomethingHappened("lost")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(witness.inTransaction).isEmpty();
        assertThat(witness.afterCommit).isEmpty();
    }

    @Test
    void listenersRunInTheTransactionAndAfterItCommits() {
        transactions.executeWrite(status -> {
            events.publish(new SomethingHappened("sold"));
            assertThat(witness.afterCommit).isEmpty();
            return null;
        });

        assertThat(witness.inTransaction).containsExactly("sold");
        assertThat(witness.afterCommit).containsExactly("sold");
    }

    @Test
    void aRolledBackTransactionReachesNoAfterCommitListener() {
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            events.publish(new SomethingHappened("undone"));
            throw new IllegalStateException("use case failed");
        })).hasMessage("use case failed");

        assertThat(witness.inTransaction).containsExactly("undone");
        assertThat(witness.afterCommit).isEmpty();
    }
}
