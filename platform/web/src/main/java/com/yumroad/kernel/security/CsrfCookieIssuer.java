package com.yumroad.kernel.security;

import com.yumroad.kernel.http.ApiRequests;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.repository.CsrfLoginCookieProvider;

import java.util.Optional;

/**
 * Gives a browser its CSRF cookie on the first page it reads, so that forms shown before log-in (sign-up) carry a
 * token too; micronaut-security-csrf itself only sets the cookie at log-in. The token goes into the view model
 * through {@link CsrfTokenModel}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfCookieIssuer {

    static final String NEW_TOKEN = "yumroad.csrf.newCookie";

    private final CsrfLoginCookieProvider cookies;
    private final CsrfConfiguration configuration;

    CsrfCookieIssuer(CsrfLoginCookieProvider cookies, CsrfConfiguration configuration) {
        this.cookies = cookies;
        this.configuration = configuration;
    }

    @RequestFilter
    void issue(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET && !ApiRequests.isApi(request)
                && request.getCookies().findCookie(configuration.getCookieName()).isEmpty()) {
            request.setAttribute(NEW_TOKEN, cookies.provideCookie(request));
        }
    }

    @ResponseFilter
    void attach(HttpRequest<?> request, MutableHttpResponse<?> response) {
        newToken(request).ifPresent(response::cookie);
    }

    static Optional<Cookie> newToken(HttpRequest<?> request) {
        return request.getAttribute(NEW_TOKEN, Cookie.class);
    }
}
