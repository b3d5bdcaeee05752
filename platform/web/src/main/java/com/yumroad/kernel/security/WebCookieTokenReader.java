package com.yumroad.kernel.security;

import com.yumroad.kernel.http.ApiRequests;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.CookieTokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The log-in cookie authenticates the web pages only. /api/** reads nothing but {@code Authorization: Bearer}, so a
 * browser that happens to carry the cookie cannot be made to call the API from another site (no CSRF on the API).
 */
@Singleton
@Replaces(CookieTokenReader.class)
@Requires(property = "micronaut.security.authentication", value = "cookie")
class WebCookieTokenReader extends CookieTokenReader {

    WebCookieTokenReader(AccessTokenCookieConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return ApiRequests.isApi(request) ? Optional.empty() : super.findToken(request);
    }
}
