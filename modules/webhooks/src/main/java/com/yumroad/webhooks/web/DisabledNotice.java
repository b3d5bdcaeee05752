package com.yumroad.webhooks.web;

import com.yumroad.webhooks.delivery.DeliveryView;
import com.yumroad.webhooks.subscriptions.SubscriptionView;

import java.util.Optional;

/** A disabled webhook as its owner is told on the dashboard: which, since when, and what its URL last answered. */
public record DisabledNotice(SubscriptionView webhook, String reason) {

    public static DisabledNotice of(SubscriptionView webhook, Optional<DeliveryView> lastAttempt) {
        String answer = lastAttempt.map(DisabledNotice::answer).orElse("");
        return new DisabledNotice(webhook, "It failed " + webhook.consecutiveFailures() + " times in a row" + answer
                + ".");
    }

    private static String answer(DeliveryView attempt) {
        if (attempt.lastStatusCode() != null) {
            return "; the last answer was HTTP " + attempt.lastStatusCode();
        }
        return attempt.lastError() == null ? "" : "; the last attempt got no answer: " + attempt.lastError();
    }
}
