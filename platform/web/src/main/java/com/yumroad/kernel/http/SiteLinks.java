package com.yumroad.kernel.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;

/**
 * Absolute links to this site, for what leaves it (shared-link previews): {@code yumroad.public-url} when set (the
 * address users know, behind any proxy), else the host this request came to, as Micronaut's host resolver sees it
 * ({@code micronaut.server.host-resolution} limits which hosts it believes).
 */
@Singleton
public class SiteLinks {

    private final HttpHostResolver hosts;
    private final String publicUrl;

    SiteLinks(HttpHostResolver hosts, @Value("${yumroad.public-url:}") @Nullable String publicUrl) {
        this.hosts = hosts;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
    }

    public String absolute(HttpRequest<?> request, String path) {
        return (publicUrl != null ? publicUrl : hosts.resolve(request)) + path;
    }
}
