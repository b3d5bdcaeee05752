package com.yumroad.kernel.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * When a page needs log-in, the redirect to the log-in page carries the page as {@code ?next=} (for a form sent
 * after its session expired: the form's page, and {@code expired}, so the log-in page says why); the log-in form
 * sends it back and {@link SafeRedirect} decides whether it may be followed. Nothing is kept in a cookie.
 */
@Singleton
class LoginRedirect implements PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> {

    @Override
    public void onUnauthorized(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String page;
        String expired = "";
        if (request.getMethod() == HttpMethod.GET) {
            page = request.getUri().getRawPath()
                    + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
        } else {
            // A form sent without a live session: its session expired (or was ended) while the form was open.
            // After log-in the browser goes back to the form's page, which the same-site Referer names.
            page = FormTokens.formPage(request);
            expired = "expired&";
        }
        String query = expired + "next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        response.getHeaders().get(HttpHeaders.LOCATION, String.class).ifPresent(login -> response.getHeaders()
                .location(URI.create(login + (login.contains("?") ? "&" : "?") + query)));
    }

    @Override
    public Optional<URI> getOriginalUri(HttpRequest<?> request, MutableHttpResponse<?> response) {
        return Optional.empty();
    }
}
