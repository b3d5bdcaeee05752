package com.yumroad.kernel.db;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;

/**
 * Work that must wait for the calling transaction's commit (a memory of what it wrote, a cache to forget), and is
 * skipped when it rolls back; outside of a transaction the write has already happened, so the work runs at once.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(TransactionOperations<?> transactions, Runnable work) {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        work.run();
                    }
                }), work);
    }
}
