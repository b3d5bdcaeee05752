package com.yumroad.sales.payments;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Start-up checks of the payment settings: the prod environment refuses test mode (nothing would be charged) unless
 * told explicitly ({@code yumroad.sales.allow-test-mode}, YUMROAD_ALLOW_TEST_PAYMENTS=true: a staging site), and a
 * Stripe key needs its webhook secret (without it, payments would never be confirmed).
 */
@Context
class PaymentModeCheck {

    PaymentModeCheck(Environment environment, StripeSettings stripe,
                     @Value("${yumroad.sales.allow-test-mode:false}") boolean allowTestMode) {
        if (!stripe.configured() && environment.getActiveNames().contains("prod") && !allowTestMode) {
            throw new ConfigurationException("STRIPE_SECRET_KEY is not set: the prod environment refuses to take "
                    + "test-mode payments; set it (and STRIPE_WEBHOOK_SECRET), or YUMROAD_ALLOW_TEST_PAYMENTS=true "
                    + "for a site that must not charge anyone");
        }
        if (stripe.configured() && (stripe.getWebhookSecret() == null || stripe.getWebhookSecret().isBlank())) {
            throw new ConfigurationException("STRIPE_WEBHOOK_SECRET is not set: Stripe payments are confirmed by "
                    + "signed webhooks, which cannot be verified without it");
        }
    }
}
