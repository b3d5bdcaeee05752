package com.yumroad.sales.internal;

import com.yumroad.catalog.ProductRemoved;
import com.yumroad.storefront.StoreClosed;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * When a product is removed, or its store closes (the seller deleting the account closes it too), its unpaid
 * checkouts end at once, in the same transaction: nobody pays for what is gone. Sales already made stay as they are
 * (they keep their own copy of the product). A Stripe payment that was completed in time is still recorded when
 * its webhook arrives, since the money was taken: expired -> paid.
 */
@Singleton
class ProductWithdrawal {

    private final OrderRepository orders;

    ProductWithdrawal(OrderRepository orders) {
        this.orders = orders;
    }

    @EventListener
    void on(ProductRemoved event) {
        orders.expirePendingOfProduct(event.productId(), Instant.now());
    }

    @EventListener
    void on(StoreClosed event) {
        orders.expirePendingOfStore(event.storeId(), Instant.now());
    }
}
