package com.yumroad.catalog.activity;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Serializes, per store, adding to its feed with removing its feed when it closes, until the transaction ends
 * (a PostgreSQL transaction-level advisory lock). Without it an entry delivered while the store closes could be
 * written after the closing transaction removed the feed, and the store's deletion would then fail on the foreign
 * key. With it, an entry either lands before the feed is removed (and goes with it) or sees the store gone.
 */
@Singleton
class FeedLock {

    private final TransactionOperations<Connection> transactions;

    FeedLock(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void lock(long storeId) {
        try (var statement = transactions.getConnection().prepareStatement(
                "select pg_advisory_xact_lock(hashtext('catalog.store_activity'), hashtext(cast(? as text)))")) {
            statement.setLong(1, storeId);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the activity feed of store " + storeId, e);
        }
    }
}
