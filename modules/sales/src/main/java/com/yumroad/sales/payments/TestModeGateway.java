package com.yumroad.sales.payments;

import com.yumroad.sales.internal.PaymentConfirmation;
import com.yumroad.sales.internal.PaymentGateway;
import com.yumroad.sales.internal.PaymentGateways;
import com.yumroad.sales.internal.PaymentRequest;
import com.yumroad.sales.internal.StartedPayment;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The offline adapter, active when no Stripe key is set: the buyer pays on this site's own test checkout page
 * ({@link TestCheckoutPage}) with Stripe's test card numbers. Its references are unguessable, as a Checkout Session
 * URL is, so nobody but the buyer can pay or decline an order. Refunds move no money.
 */
@Singleton
class TestModeGateway implements PaymentGateway {

    static final String PAGE = "/checkout/test/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String provider() {
        return PaymentGateways.TEST;
    }

    @Override
    public StartedPayment start(PaymentRequest request) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String reference = "test_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new StartedPayment(reference, PAGE + reference);
    }

    @Override
    public Optional<PaymentConfirmation> confirm(String reference) {
        return Optional.empty(); // the test card form reports the outcome itself
    }

    @Override
    public void refund(long orderId, String paymentId, long amountCents, String currency) {
        // no money moved, none to return
    }
}
