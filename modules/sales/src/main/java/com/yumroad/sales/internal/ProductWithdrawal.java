package com.yumroad.sales.internal;

import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * When a product is removed, or its store closes (the seller deleting the account closes it too), its unpaid
 * checkouts end at once, in the same transaction: nobody pays for what is gone. Sales already made stay as they are
 * (they keep their own copy of the product). A Stripe payment that was completed in time is still recorded when
 * its webhook arrives, since the money was taken: expired -> paid. Called by sales' {@code Listens}.
 */
@Singleton
public class ProductWithdrawal {

    private final OrderRepository orders;

    ProductWithdrawal(OrderRepository orders) {
        this.orders = orders;
    }

    public void productRemoved(long productId) {
        orders.expirePendingOfProduct(productId, Instant.now());
    }

    public void storeClosed(long storeId) {
        orders.expirePendingOfStore(storeId, Instant.now());
    }
}
