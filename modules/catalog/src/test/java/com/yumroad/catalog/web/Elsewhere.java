package com.yumroad.catalog.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;

/**
 * Another instance's writes, played by plain SQL that this instance does not make: only the database's notices can
 * tell it about them.
 */
@Singleton
class Elsewhere {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    Elsewhere(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs the statement in a transaction of its own, committed when this returns. */
    void sql(String statement) {
        transactions.executeWrite(status -> jdbc.prepareStatement(statement, ps -> ps.execute()));
    }
}
