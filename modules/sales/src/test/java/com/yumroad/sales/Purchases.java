package com.yumroad.sales;

import com.yumroad.catalog.Product;
import com.yumroad.sales.internal.CheckoutRequest;
import com.yumroad.sales.internal.Checkouts;
import com.yumroad.sales.internal.OrderTransitions;
import jakarta.inject.Singleton;

/** Sales made as a buyer makes them (a checkout, then the payment confirmed), for tests of what comes after. */
@Singleton
public class Purchases {

    private final Checkouts checkouts;
    private final OrderTransitions transitions;

    Purchases(Checkouts checkouts, OrderTransitions transitions) {
        this.checkouts = checkouts;
        this.transitions = transitions;
    }

    public long paid(Product product, String buyerEmail) {
        long order = pending(product, buyerEmail);
        transitions.paid(order, "test_pi_" + order);
        return order;
    }

    public long pending(Product product, String buyerEmail) {
        return checkouts.start(new CheckoutRequest(product.id(), buyerEmail, null, "http://localhost")).orderId();
    }
}
