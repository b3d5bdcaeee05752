package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventNames;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.NoTransactionException;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.List;

/**
 * Writes, in the publishing transaction, one publication per {@code @AfterCommit} listener of an event, and hands
 * them to the dispatcher once that transaction has committed. A rolled-back transaction takes its publications with
 * it, and no dispatch happens.
 */
@Singleton
public class PublicationLog {

    private final DurableListeners listeners;
    private final PublicationTable table;
    private final PublicationDispatcher dispatcher;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final PublicationSettings settings;

    PublicationLog(DurableListeners listeners, PublicationTable table, PublicationDispatcher dispatcher, JsonMapper json,
                   TransactionOperations<Connection> transactions, PublicationSettings settings) {
        this.listeners = listeners;
        this.table = table;
        this.dispatcher = dispatcher;
        this.json = json;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** Must run inside the publishing transaction. */
    public void record(DomainEvent event) {
        List<DurableListener> interested = listeners.listenersFor(event);
        if (interested.isEmpty()) {
            return;
        }
        var status = transactions.findTransactionStatus()
                .orElseThrow(() -> new NoTransactionException("Publishing " + event + " needs a transaction"));
        String serialized = serialize(event);
        List<Long> ids = table.insert(interested.stream().map(DurableListener::id).toList(),
                EventNames.inLog(event.getClass()), serialized);
        if (settings.dispatchAfterCommit()) {
            status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.dispatchSoon(ids);
                }
            });
        }
    }

    private String serialize(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize " + event.getClass().getName()
                    + " for the event publication log (is it @Serdeable?): " + e.getMessage(), e);
        }
    }
}
