package com.yumroad.sales.payments;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * {@code yumroad.sales.stripe.*}: the secret API key (STRIPE_SECRET_KEY; set, it switches checkouts to Stripe), the
 * webhook signing secret (STRIPE_WEBHOOK_SECRET), the API's address (tests point it at a local server) and how old
 * a webhook's signature may be before it counts as a replay (Stripe's own default, 5 minutes).
 */
@ConfigurationProperties("yumroad.sales.stripe")
public class StripeSettings {

    @Nullable
    private String secretKey;
    @Nullable
    private String webhookSecret;
    private String apiBase = "https://api.stripe.com";
    private Duration webhookTolerance = Duration.ofMinutes(5);

    @Nullable
    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(@Nullable String secretKey) {
        this.secretKey = secretKey;
    }

    @Nullable
    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(@Nullable String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public String getApiBase() {
        return apiBase;
    }

    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    public Duration getWebhookTolerance() {
        return webhookTolerance;
    }

    public void setWebhookTolerance(Duration webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    boolean configured() {
        return secretKey != null && !secretKey.isBlank();
    }
}
