package com.yumroad.accounts.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
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
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each user's current session version, as every token check needs it, kept in memory and read from the database
 * when missing. Every instance LISTENs on {@link #CHANNEL}; a revocation NOTIFYs it in its transaction, so every
 * instance forgets the user's version when the revocation commits. While the listening connection is down the
 * memory is not trusted: every check reads the database until it is back.
 */
@Singleton
class SessionVersions {

    static final String CHANNEL = "accounts_sessions";
    private static final Logger LOG = LoggerFactory.getLogger(SessionVersions.class);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    private static final int POLL_MILLIS = 500;

    private final UserRepository users;
    private final DataSource dataSource;
    private final Cache<Long, Integer> versions = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    /** Raised before every forgetting, so that a read racing a revocation never stays in memory. */
    private final AtomicLong forgettings = new AtomicLong();
    private final CountDownLatch firstListen = new CountDownLatch(1);
    private volatile boolean listening;
    private volatile boolean closed;
    private final Thread listener;

    SessionVersions(UserRepository users, DataSource dataSource) {
        this.users = users;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.listener = new Thread(this::listen, "session-revocations");
        listener.setDaemon(true);
        listener.start();
        try {
            firstListen.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The user's session version; empty when the user does not exist (any more). */
    Optional<Integer> current(long userId) {
        if (!listening) {
            return users.findSessionVersionById(userId);
        }
        Integer known = versions.getIfPresent(userId);
        if (known != null) {
            return Optional.of(known);
        }
        long before = forgettings.get();
        Optional<Integer> read = users.findSessionVersionById(userId);
        read.ifPresent(version -> {
            versions.put(userId, version);
            if (forgettings.get() != before) {
                versions.invalidate(userId);
            }
        });
        return read;
    }

    void forget(long userId) {
        forgettings.incrementAndGet();
        versions.invalidate(userId);
    }

    private void forgetAll() {
        forgettings.incrementAndGet();
        versions.invalidateAll();
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                forgetAll();
                listening = true;
                firstListen.countDown();
                while (!closed) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            forget(Long.parseLong(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                forgetAll();
                firstListen.countDown();
                if (!closed) {
                    LOG.warn("Not listening for session revocations ({}); reading versions from the database until "
                            + "the connection is back", e.getMessage());
                    pause();
                }
            }
        }
        listening = false;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        closed = true;
        listening = false;
        listener.join(2 * POLL_MILLIS + 1000);
    }
}
