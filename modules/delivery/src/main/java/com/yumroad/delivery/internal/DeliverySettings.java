package com.yumroad.delivery.internal;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code yumroad.delivery.*}: how long a download link lives ({@code link-ttl}), and how long a presigned store URL
 * lives once a link has been followed ({@code direct-ttl}, S3 only).
 */
@ConfigurationProperties("yumroad.delivery")
public record DeliverySettings(Duration linkTtl, Duration directTtl) {
}
