package com.yumroad.sales.internal;

import java.util.Optional;

/**
 * The payments port: what sales needs of a payment provider. Two adapters ({@code payments} package): Stripe
 * Checkout, and the offline test mode used when no Stripe key is configured. Adapters report outcomes back through
 * {@link OrderTransitions}, whichever way they learn them (a webhook, a return page, the test card form).
 */
public interface PaymentGateway {

    /** stripe or test: stored with each order, so an order is confirmed and refunded where it was paid. */
    String provider();

    /** Opens a payment for a pending order; PaymentFailedException when the provider refuses or cannot be reached. */
    StartedPayment start(PaymentRequest request);

    /** Asks the provider whether the payment behind this reference has completed (a buyer back from paying). */
    Optional<PaymentConfirmation> confirm(String reference);

    /** Returns a paid order's money in full; idempotent per order. PaymentFailedException when refused. */
    void refund(long orderId, String paymentId, long amountCents, String currency);
}
