package com.yumroad.kernel.security;

import com.yumroad.kernel.http.ApiRequests;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The headers every answer carries. The Content-Security-Policy allows scripts and styles from this site only, no
 * inline ones (pages keep their scripts and styles in static files; a test reads every template for that), no
 * plugins, no framing ({@code frame-ancestors 'none'}, and {@code X-Frame-Options: DENY} for older browsers), forms
 * posting to this site only. The API reference page is the one exception: ReDoc writes its styles inline.
 * Answers that carry anything private are {@code Cache-Control: no-store}: every HTML page (each carries the
 * browser's CSRF token), every API answer to an authenticated call, every answer that sets a cookie.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders implements Ordered {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** ReDoc (the API reference page) injects its styles and runs its search in a blob: worker. */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src blob:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";
    private static final String API_DOCS = "/api/docs";

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeadersView headers = new MutableHttpHeadersView(response);
        headers.setIfAbsent("Content-Security-Policy", request.getPath().equals(API_DOCS) ? API_DOCS_POLICY : POLICY);
        headers.setIfAbsent("X-Content-Type-Options", "nosniff");
        headers.setIfAbsent("X-Frame-Options", "DENY");
        headers.setIfAbsent("Referrer-Policy", "same-origin");
        headers.setIfAbsent("Permissions-Policy", PERMISSIONS);
        headers.setIfAbsent("Cross-Origin-Opener-Policy", "same-origin");
        if (isPrivate(request, response)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private static boolean isPrivate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean html = response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        boolean authenticatedApiCall = ApiRequests.isApi(request)
                && request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        return html || authenticatedApiCall || response.getHeaders().contains(HttpHeaders.SET_COOKIE)
                || request.getUserPrincipal().isPresent();
    }

    private record MutableHttpHeadersView(MutableHttpResponse<?> response) {
        void setIfAbsent(String name, String value) {
            if (!response.getHeaders().contains(name)) {
                response.getHeaders().set(name, value);
            }
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 20;
    }
}
