package com.yumroad.activity.internal;

import com.yumroad.kernel.events.Delivery;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Writes a store's feed. The feed's own row in {@code activity.feeds} is the lock that keeps an entry and the store's
 * closing apart: an entry either lands before the closing removes the feed (and goes with it) or finds the feed
 * closed and is dropped. No look-up in storefront, no foreign key into its tables.
 */
@Singleton
public class FeedEntries {

    /**
     * One statement: the upsert locks the store's feed row (waiting for a closing in progress, then seeing it closed),
     * and the entry goes in only while the feed is open; a second delivery of a publication adds nothing. Plain JDBC:
     * Micronaut Data would read a statement that starts with {@code with} as a query.
     */
    private static final String ADD = """
            with feed as (
                insert into activity.feeds (store_id) values (?)
                on conflict (store_id) do update set closed = activity.feeds.closed
                returning closed)
            insert into activity.store_activity
                (store_id, publication_id, kind, product_id, name, previous_name, occurred_at)
            select ?, ?, ?, ?, ?, ?, ? from feed where not feed.closed
            on conflict (publication_id) do nothing""";

    private final ActivityRepository activity;
    private final TransactionOperations<Connection> transactions;

    FeedEntries(ActivityRepository activity, TransactionOperations<Connection> transactions) {
        this.activity = activity;
        this.transactions = transactions;
    }

    /** Idempotent: the publication id is the entry's key. */
    public void add(long storeId, String kind, Long productId, String name, String previousName, Delivery delivery) {
        try (var statement = transactions.getConnection().prepareStatement(ADD)) {
            statement.setLong(1, storeId);
            statement.setLong(2, storeId);
            statement.setLong(3, delivery.publicationId());
            statement.setString(4, kind);
            statement.setObject(5, productId, Types.BIGINT);
            statement.setString(6, name);
            statement.setString(7, previousName);
            statement.setTimestamp(8, Timestamp.from(delivery.publishedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add to the activity feed of store " + storeId, e);
        }
    }

    /** In the closing transaction: the feed is closed to late entries and its entries go. */
    public void close(long storeId) {
        activity.close(storeId);
        activity.deleteAllOfStore(storeId);
    }
}
