package com.yumroad.sales.web;

import com.yumroad.sales.internal.SalesSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;

/** The site's own address for the payment provider's return links: PUBLIC_URL when set, else the request's host. */
@Singleton
class SiteAddress {

    private final SalesSettings settings;
    private final HttpHostResolver hosts;

    SiteAddress(SalesSettings settings, HttpHostResolver hosts) {
        this.settings = settings;
        this.hosts = hosts;
    }

    String of(HttpRequest<?> request) {
        String configured = settings.getPublicUrl();
        String base = configured == null || configured.isBlank() ? hosts.resolve(request) : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
