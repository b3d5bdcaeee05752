package com.yumroad.sales.internal;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * {@code yumroad.sales.*}: how long a checkout may stay unpaid, the key that signs receipt links, and the site's
 * public address for the payment provider's return links (else the request's own). Stripe's settings are
 * {@code yumroad.sales.stripe.*} ({@code StripeSettings}).
 */
@ConfigurationProperties("yumroad.sales")
public class SalesSettings {

    /** Stripe's Checkout Sessions live 30 minutes to 24 hours; a pending order expires with its session. */
    private Duration pendingFor = Duration.ofHours(1);
    @Nullable
    private String receiptSecret;
    @Nullable
    private String publicUrl;
    private Duration expiryInterval = Duration.ofMinutes(1);

    public Duration getPendingFor() {
        return pendingFor;
    }

    public void setPendingFor(Duration pendingFor) {
        this.pendingFor = pendingFor;
    }

    @Nullable
    public String getReceiptSecret() {
        return receiptSecret;
    }

    public void setReceiptSecret(@Nullable String receiptSecret) {
        this.receiptSecret = receiptSecret;
    }

    @Nullable
    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(@Nullable String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public Duration getExpiryInterval() {
        return expiryInterval;
    }

    public void setExpiryInterval(Duration expiryInterval) {
        this.expiryInterval = expiryInterval;
    }
}
