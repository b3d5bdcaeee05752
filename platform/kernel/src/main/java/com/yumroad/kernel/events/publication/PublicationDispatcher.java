package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Delivers publications. Each delivery is one transaction: lock the row ({@code FOR UPDATE SKIP LOCKED}, so two
 * instances never run the same publication at once), run the listener in a savepoint, then mark the row completed,
 * or, when the listener threw, roll its work back to the savepoint and record the failure, the next attempt's time
 * (exponential backoff) or, out of attempts, the failed state. A listener's database work thus commits together with
 * its publication's completion.
 */
@Singleton
class PublicationDispatcher {

    /** micronaut.executors.event-publications in platform-defaults.yml. */
    static final String EXECUTOR = "event-publications";
    private static final Logger LOG = LoggerFactory.getLogger(PublicationDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 4000;
    private static final TransactionDefinition OWN = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);
    private static final TransactionDefinition SAVEPOINT = TransactionDefinition.of(TransactionDefinition.Propagation.NESTED);

    private final DurableListeners listeners;
    private final PublicationTable table;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;
    private final PublicationSettings settings;
    private final ExecutorService executor;
    private final EventTypes eventTypes;
    private volatile boolean stopping;

    PublicationDispatcher(DurableListeners listeners, PublicationTable table, JsonMapper json,
                          TransactionOperations<Connection> transactions, PublicationSettings settings,
                          @Named(EXECUTOR) ExecutorService executor, EventTypes eventTypes) {
        this.listeners = listeners;
        this.table = table;
        this.json = json;
        this.transactions = transactions;
        this.settings = settings;
        this.executor = executor;
        this.eventTypes = eventTypes;
    }

    /**
     * Off the committing thread: the use case returns without waiting for its after-commit listeners. The task runs
     * in an empty propagated context: Micronaut's executors would otherwise carry over the committed transaction's
     * (by then closed) connection. One event's publications (one per listener) go in one transaction, each listener
     * in its own savepoint, as a batch of due ones does: one commit instead of one per listener.
     */
    void dispatchSoon(List<Long> ids) {
        try {
            executor.execute(PropagatedContext.empty().wrap(() -> {
                try {
                    dispatch(ids);
                } catch (RuntimeException e) {
                    LOG.warn("Publications {} not delivered now, the scheduler will resubmit them: {}", ids, e.toString());
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.info("Shutting down: publications {} are left to the scheduler", ids);
        }
    }

    /**
     * Delivers those of these publications that are not done yet and that no other transaction holds, in one
     * transaction; answers how many.
     */
    int dispatch(List<Long> ids) {
        return transactions.execute(OWN, status -> {
            List<Publication> incomplete = table.lockIncomplete(ids);
            incomplete.forEach(this::deliver);
            return incomplete.size();
        });
    }

    /**
     * Delivers every due publication: a backlog (say, thousands left by an instance killed mid-burst) drains in one
     * call, in time proportional to the work, not in batch-size steps per scheduler interval. Batches of up to
     * {@code batch-size} rows, each one transaction (rows locked {@code FOR UPDATE SKIP LOCKED}, each listener in its
     * own savepoint, so one listener's failure is recorded without undoing the others), on this thread and on one
     * worker of the delivery executor at once; other instances draining the same log skip the locked rows. A failed
     * delivery is due again only after its backoff, so the loop ends. Answers how many were attempted.
     */
    int dispatchDue() {
        AtomicInteger helped = new AtomicInteger();
        CompletableFuture<Void> helper = new CompletableFuture<>();
        try {
            executor.execute(PropagatedContext.empty().wrap(() -> {
                try {
                    helped.set(drain());
                    helper.complete(null);
                } catch (RuntimeException e) {
                    helper.completeExceptionally(e);
                }
            }));
        } catch (RejectedExecutionException e) {
            helper.complete(null); // shutting down: this thread alone
        }
        int delivered = drain();
        helper.join();
        return delivered + helped.get();
    }

    private int drain() {
        int delivered = 0;
        while (!stopping) {
            int batch = transactions.execute(OWN, status -> {
                List<Publication> due = table.lockDue(settings.resubmitOlderThan(), settings.batchSize());
                due.forEach(this::deliver);
                return due.size();
            });
            if (batch == 0) {
                break;
            }
            delivered += batch;
        }
        return delivered;
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    private void deliver(Publication publication) {
        int maxAttempts = settings.maxAttempts();
        try {
            DurableListener listener = listeners.byId(publication.listenerId()).orElseThrow(() ->
                    new IllegalStateException("No @AfterCommit listener '" + publication.listenerId() + "' here"));
            maxAttempts = listener.maxAttempts() > 0 ? listener.maxAttempts() : maxAttempts;
            DomainEvent event = deserialize(publication, listener);
            transactions.execute(SAVEPOINT, status -> {
                listeners.invoke(listener, event, publication.delivery());
                return null;
            });
            table.markCompleted(publication.id());
        } catch (Exception e) { // whatever the listener threw, checked ones included
            recordFailure(publication, e, maxAttempts);
        }
    }

    /**
     * Read as the type the listener takes today, so the event's class may have moved since; a listener that takes
     * any event finds the class by the row's stable {@code event_type}.
     */
    private DomainEvent deserialize(Publication publication, DurableListener listener) {
        try {
            Class<?> type = Modifier.isAbstract(listener.eventType().getModifiers())
                    ? eventTypes.of(publication.eventType()) : listener.eventType();
            return (DomainEvent) json.readValue(publication.serializedEvent(), Argument.of(type));
        } catch (ClassNotFoundException | IOException e) {
            throw new IllegalStateException("Cannot read event " + publication.eventType() + ": " + e.getMessage(), e);
        }
    }

    private void recordFailure(Publication publication, Exception error, int maxAttempts) {
        int attempts = publication.attempts() + 1;
        String message = describe(error);
        if (attempts >= maxAttempts) {
            table.markFailed(publication.id(), message);
            LOG.error("Publication {} for {} failed after {} attempts; resubmit it with `events resubmit {}`",
                    publication.id(), publication.listenerId(), attempts, publication.id(), error);
        } else {
            table.markRetry(publication.id(), message, settings.retryDelayAfter(attempts));
            LOG.warn("Publication {} for {} failed (attempt {} of {}), will retry: {}", publication.id(),
                    publication.listenerId(), attempts, maxAttempts, message);
        }
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == error ? error.toString() : error + " (caused by " + root + ")";
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
