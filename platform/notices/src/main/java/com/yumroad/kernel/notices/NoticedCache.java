package com.yumroad.kernel.notices;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.kernel.db.AfterCommit;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A memory of values read from the database that every instance keeps right: a change NOTIFYs the cache's channel
 * (with the key as text, a scope that holds many keys, or {@code *} for everything) in its transaction, and every
 * instance forgets the key when the change commits. The instance that made the change forgets at its commit too
 * ({@link #forgetAfterCommit}, or {@link ChangeNotices#hearAfterCommit} for every cache on the channel), so a client
 * reads its own writes. While the notices' connection is down, every read goes to the database.
 * <p>
 * A read that races a change never stays: each forgetting raises a counter, and a value read while it moved is
 * dropped again after it was put.
 */
public final class NoticedCache<K, V> implements ChangeNotices.Subscriber {

    /** Every key, in a notice's payload. */
    public static final String EVERYTHING = "*";

    /** How a notice's payload names a key. */
    @FunctionalInterface
    public interface Keys<K> {
        /** The key the payload names; null when it names none of this cache's (the channel tells others too). */
        K parse(String payload);
    }

    /**
     * How a notice's payload names the keys it changes when it names a scope rather than one key (a store: every
     * page of its products): whether the key lies in that scope.
     */
    @FunctionalInterface
    public interface Scopes<K> {
        boolean within(K key, String scope);
    }

    private final Cache<K, V> values;
    private final AtomicLong forgettings = new AtomicLong();
    private final TransactionOperations<Connection> transactions;
    private final Keys<K> keys;
    private final Scopes<K> scopes;
    private final ChangeNotices.Subscription subscription;

    NoticedCache(ChangeNotices notices, TransactionOperations<Connection> transactions, String channel, Keys<K> keys,
                 Scopes<K> scopes, Caffeine<? super K, ? super V> bounds) {
        this.values = bounds.build();
        this.transactions = transactions;
        this.keys = keys;
        this.scopes = scopes;
        this.subscription = notices.subscribe(channel, this);
    }

    /** The value remembered for the key, or the one {@code load} reads (not remembered when null). */
    public V get(K key, Function<K, V> load) {
        if (!subscription.hearing()) {
            return load.apply(key);
        }
        V known = values.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long before = forgettings.get();
        V read = load.apply(key);
        if (read != null) {
            remember(before, Map.of(key, read));
        }
        return read;
    }

    private void remember(long before, Map<K, V> read) {
        values.putAll(read);
        if (forgettings.get() != before) {
            values.invalidateAll(read.keySet());
        }
    }

    /** Forgets the key on this instance when the calling transaction commits (at once outside of one). */
    public void forgetAfterCommit(K key) {
        AfterCommit.run(transactions, () -> forget(key));
    }

    /** Forgets everything on this instance when the calling transaction commits (at once outside of one). */
    public void forgetAllAfterCommit() {
        AfterCommit.run(transactions, this::forgetAll);
    }

    public void forget(K key) {
        forgettings.incrementAndGet();
        values.invalidate(key);
    }

    public void forgetScope(String scope) {
        forgettings.incrementAndGet();
        values.asMap().keySet().removeIf(key -> scopes.within(key, scope));
    }

    public void forgetAll() {
        forgettings.incrementAndGet();
        values.invalidateAll();
    }

    @Override
    public void noticed(String payload) {
        if (EVERYTHING.equals(payload)) {
            forgetAll();
        } else if (scopes != null) {
            forgetScope(payload);
        } else {
            K key = keys.parse(payload);
            if (key != null) {
                forget(key);
            }
        }
    }

    @Override
    public void deaf() {
        forgetAll();
    }
}
