package com.yumroad.webhooks.subscriptions;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code yumroad.webhooks.*}.
 *
 * @param allowHttp              accept http:// URLs (development and tests only; otherwise https is required)
 * @param allowPrivateNetworks   let deliveries reach loopback, private, link-local and other internal addresses
 *                               (development and tests only: it turns the SSRF guard off)
 * @param connectTimeout         to open the connection
 * @param readTimeout            between two reads of the answer
 * @param maxResponseBytes       at most this much of an answer is read
 * @param giveUpAfter            a delivery still failing this long after its event is marked failed
 * @param disableAfterFailures   failed attempts in a row (any delivery) after which the subscription is disabled
 * @param maxPerOwner            subscriptions one owner may have
 */
@ConfigurationProperties("yumroad.webhooks")
public record WebhookSettings(
        @Bindable(defaultValue = "false") boolean allowHttp,
        @Bindable(defaultValue = "false") boolean allowPrivateNetworks,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "10s") Duration readTimeout,
        @Bindable(defaultValue = "65536") int maxResponseBytes,
        @Bindable(defaultValue = "1d") Duration giveUpAfter,
        @Bindable(defaultValue = "30") int disableAfterFailures,
        @Bindable(defaultValue = "20") int maxPerOwner) {
}
