package com.yumroad.sales.payments;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.yumroad.sales.internal.PaymentConfirmation;
import com.yumroad.sales.internal.PaymentFailedException;
import com.yumroad.sales.internal.PaymentGateway;
import com.yumroad.sales.internal.PaymentGateways;
import com.yumroad.sales.internal.PaymentRequest;
import com.yumroad.sales.internal.StartedPayment;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * Stripe Checkout through the official SDK: a Checkout Session per order (the order id as client reference and
 * metadata, expiring with the order), confirmed by the signed webhook ({@link StripeWebhook}) or when the buyer
 * comes back, refunded through the Refunds API. Every write carries an idempotency key derived from the order, so
 * a retried call never opens a second session or refunds twice.
 */
@Singleton
@Requires(property = "yumroad.sales.stripe.secret-key", pattern = ".*\\S.*")
class StripeGateway implements PaymentGateway {

    private static final Logger LOG = LoggerFactory.getLogger(StripeGateway.class);

    private final StripeClient stripe;

    StripeGateway(StripeSettings settings) {
        this.stripe = StripeClient.builder()
                .setApiKey(settings.getSecretKey())
                .setApiBase(settings.getApiBase())
                .setConnectTimeout(5_000)
                .setReadTimeout(20_000)
                .setMaxNetworkRetries(2)
                .build();
    }

    @Override
    public String provider() {
        return PaymentGateways.STRIPE;
    }

    @Override
    public StartedPayment start(PaymentRequest request) {
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(Long.toString(request.orderId()))
                .putMetadata("order_id", Long.toString(request.orderId()))
                .setCustomerEmail(request.buyerEmail())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata("order_id", Long.toString(request.orderId())).build())
                .addLineItem(LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(PriceData.builder()
                                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(request.amountCents())
                                .setProductData(PriceData.ProductData.builder().setName(request.productName()).build())
                                .build())
                        .build())
                .build();
        try {
            Session session = stripe.v1().checkout().sessions().create(params, idempotent(request.orderId(), "checkout"));
            return new StartedPayment(session.getId(), session.getUrl());
        } catch (StripeException e) {
            LOG.warn("Stripe refused a Checkout Session for order {}: {}", request.orderId(), e.getMessage());
            throw new PaymentFailedException("The payment could not be started. Please try again in a moment.", e);
        }
    }

    @Override
    public Optional<PaymentConfirmation> confirm(String reference) {
        try {
            return paid(stripe.v1().checkout().sessions().retrieve(reference));
        } catch (StripeException e) {
            LOG.warn("Could not read Checkout Session {} from Stripe: {}", reference, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void refund(long orderId, String paymentId, long amountCents, String currency) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentId)
                .putMetadata("order_id", Long.toString(orderId))
                .build();
        try {
            stripe.v1().refunds().create(params, idempotent(orderId, "refund"));
        } catch (StripeException e) {
            LOG.warn("Stripe refused the refund of order {}: {}", orderId, e.getMessage());
            String reason = e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage();
            throw new PaymentFailedException("Stripe refused the refund: " + reason, e);
        }
    }

    /** A completed, paid session as a confirmation; anything else is not (yet) a payment. */
    static Optional<PaymentConfirmation> paid(Session session) {
        if (!"complete".equals(session.getStatus()) || !"paid".equals(session.getPaymentStatus())
                || session.getAmountTotal() == null || session.getCurrency() == null) {
            return Optional.empty();
        }
        return Optional.of(new PaymentConfirmation(session.getPaymentIntent(), session.getAmountTotal(),
                session.getCurrency().toUpperCase(Locale.ROOT)));
    }

    private static RequestOptions idempotent(long orderId, String call) {
        return RequestOptions.builder().setIdempotencyKey("yumroad-order-" + orderId + "-" + call).build();
    }
}
