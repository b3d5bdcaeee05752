package com.yumroad.sales.internal;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The configured adapters: Stripe when {@code STRIPE_SECRET_KEY} is set, else test mode for new checkouts. The
 * test adapter stays available to refund orders it took, but only takes payments while it is the active one.
 */
@Singleton
public class PaymentGateways {

    public static final String TEST = "test";
    public static final String STRIPE = "stripe";

    private final List<PaymentGateway> gateways;

    PaymentGateways(List<PaymentGateway> gateways) {
        this.gateways = gateways;
    }

    /** The adapter new checkouts use. */
    public PaymentGateway active() {
        return of(STRIPE).orElseGet(() -> of(TEST).orElseThrow());
    }

    public boolean testMode() {
        return active().provider().equals(TEST);
    }

    public Optional<PaymentGateway> of(String provider) {
        return gateways.stream().filter(g -> g.provider().equals(provider)).findFirst();
    }
}
