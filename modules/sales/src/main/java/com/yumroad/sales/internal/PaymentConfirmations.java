package com.yumroad.sales.internal;

import com.yumroad.sales.Sale;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Asks the provider about a pending order whose buyer is back (the return page racing the webhook): a completed
 * payment is recorded through the same transition the webhook uses, so whichever comes second changes nothing.
 */
@Singleton
public class PaymentConfirmations {

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final PaymentGateways gateways;

    PaymentConfirmations(OrderRepository orders, OrderTransitions transitions, PaymentGateways gateways) {
        this.orders = orders;
        this.transitions = transitions;
        this.gateways = gateways;
    }

    /** The order after asking, when the provider had news; empty when nothing changed. */
    public Optional<Sale> askProvider(long orderId) {
        return orders.findById(orderId)
                .filter(order -> order.paymentReference() != null)
                .flatMap(order -> gateways.of(order.paymentProvider())
                        .flatMap(gateway -> gateway.confirm(order.paymentReference()))
                        .flatMap(paid -> transitions.confirmed(order.paymentReference(), paid)))
                .map(OrderRow::sale);
    }
}
