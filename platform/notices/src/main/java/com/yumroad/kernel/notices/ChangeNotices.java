package com.yumroad.kernel.notices;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.kernel.db.AfterCommit;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's LISTEN/NOTIFY for memories that must forget what any instance changed ({@link NoticedCache}): one
 * listening connection per instance, however many channels. A NOTIFY sent in a transaction (by a statement or a
 * trigger) reaches every instance when the transaction commits, and never when it rolls back. While the connection
 * is down, every subscriber is told it is deaf and must not trust what it remembers until it hears again.
 */
@Singleton
public class ChangeNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotices.class);
    private static final int POLL_MILLIS = 250;
    private static final long RECONNECT_MILLIS = 1000;
    private static final int FIRST_LISTEN_SECONDS = 5;

    /** Told of every notice on its channel, and when notices may have been missed. */
    public interface Subscriber {

        void noticed(String payload);

        /** Notices may have been missed (the connection dropped, or is only now listening): forget everything. */
        void deaf();
    }

    private final DataSource dataSource;
    private final TransactionOperations<Connection> transactions;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Set<String> listened = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private Thread listener;

    ChangeNotices(DataSource dataSource, TransactionOperations<Connection> transactions) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.transactions = transactions;
    }

    /**
     * Subscribes to a channel. The subscription hears once the listening connection has LISTENed to it, which this
     * waits for (a few seconds at most: a database that does not answer leaves it deaf, and its memory unused).
     */
    public Subscription subscribe(String channel, Subscriber subscriber) {
        Subscription subscription = new Subscription(channel, subscriber);
        synchronized (this) {
            subscriptions.add(subscription);
            if (listener == null) {
                listener = new Thread(this::listen, "change-notices");
                listener.setDaemon(true);
                listener.start();
            }
        }
        try {
            subscription.firstHeard.await(FIRST_LISTEN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return subscription;
    }

    /**
     * A new {@link NoticedCache} over a channel whose notices carry the cache's keys as text, bounded as the
     * builder says (a size or a weight: memory is capped, see platform/app/jvm.options).
     */
    public <K, V> NoticedCache<K, V> cache(String channel, NoticedCache.Keys<K> keys, Caffeine<? super K, ? super V> bounds) {
        return new NoticedCache<>(this, transactions, channel, keys, null, bounds);
    }

    /**
     * A new {@link NoticedCache} over a channel whose notices name scopes (each holding many of the cache's keys), as
     * {@code scopes} decides, bounded as the builder says.
     */
    public <K, V> NoticedCache<K, V> scopedCache(String channel, NoticedCache.Scopes<K> scopes,
                                                 Caffeine<? super K, ? super V> bounds) {
        return new NoticedCache<>(this, transactions, channel, null, scopes, bounds);
    }

    /**
     * Tells this instance's subscribers of the channel, when the calling transaction commits (at once outside of
     * one), what the transaction's triggers tell every instance: the instance that made a change reads it at once,
     * instead of when the database's notice comes back.
     */
    public void hearAfterCommit(String channel, String payload) {
        AfterCommit.run(transactions, () -> deliver(channel, payload));
    }

    /** One subscriber's hold on a channel. */
    public static final class Subscription {
        private final String channel;
        private final Subscriber subscriber;
        private final CountDownLatch firstHeard = new CountDownLatch(1);
        private volatile boolean hearing;

        private Subscription(String channel, Subscriber subscriber) {
            this.channel = channel;
            this.subscriber = subscriber;
        }

        /** Whether every notice sent on the channel since the last {@link Subscriber#deaf} has reached it. */
        public boolean hearing() {
            return hearing;
        }
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listened.clear();
                while (!closed) {
                    listenToNewChannels(connection);
                    PGNotification[] notices = postgres.getNotifications(POLL_MILLIS);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            deliver(notice);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                subscriptions.forEach(s -> {
                    s.hearing = false;
                    s.subscriber.deaf();
                });
                if (!closed) {
                    LOG.warn("Not listening for change notices ({}); memories read the database until it is back",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private void listenToNewChannels(Connection connection) throws SQLException {
        for (Subscription subscription : subscriptions) {
            if (subscription.hearing) {
                continue;
            }
            if (listened.add(subscription.channel)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + subscription.channel);
                }
            }
            // Forgets what it learnt while deaf, then trusts itself: a notice sent from now on arrives.
            subscription.subscriber.deaf();
            subscription.hearing = true;
            subscription.firstHeard.countDown();
        }
    }

    private void deliver(PGNotification notice) {
        deliver(notice.getName(), notice.getParameter());
    }

    private void deliver(String channel, String payload) {
        for (Subscription subscription : subscriptions) {
            if (subscription.hearing && subscription.channel.equals(channel)) {
                subscription.subscriber.noticed(payload);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @PreDestroy
    synchronized void close() throws InterruptedException {
        closed = true;
        subscriptions.forEach(s -> s.hearing = false);
        if (listener != null) {
            listener.join(2L * POLL_MILLIS + RECONNECT_MILLIS);
        }
    }
}
