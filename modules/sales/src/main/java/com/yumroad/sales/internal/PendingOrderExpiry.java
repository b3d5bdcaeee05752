package com.yumroad.sales.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires pending orders whose time is up (their Stripe session expires with them), on every instance: the
 * conditional UPDATE makes instances racing for the same rows harmless. Expiry announces nothing: no sale happened.
 */
@Singleton
@Requires(property = "yumroad.sales.expiry.enabled", notEquals = "false")
class PendingOrderExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(PendingOrderExpiry.class);

    private final OrderTransitions transitions;

    PendingOrderExpiry(OrderTransitions transitions) {
        this.transitions = transitions;
    }

    @Scheduled(fixedDelay = "${yumroad.sales.expiry-interval:1m}", initialDelay = "${yumroad.sales.expiry-interval:1m}")
    void expireDue() {
        int expired = transitions.expireDue();
        if (expired > 0) {
            LOG.info("{} pending order(s) expired", expired);
        }
    }
}
