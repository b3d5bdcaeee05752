package com.yumroad.kernel.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The browser's CSRF token for this request: the cookie it sent, or the one {@link CsrfCookieIssuer} is setting. */
@Singleton
public class CsrfTokens {

    private final CsrfConfiguration configuration;

    CsrfTokens(CsrfConfiguration configuration) {
        this.configuration = configuration;
    }

    public Optional<String> of(HttpRequest<?> request) {
        return CsrfCookieIssuer.newToken(request).or(() -> request.getCookies().findCookie(configuration.getCookieName()))
                .map(Cookie::getValue);
    }

    /** The form field that carries it. */
    public String field() {
        return configuration.getFieldName();
    }
}
