package com.yumroad.kernel.security;

import com.yumroad.kernel.http.ApiRequests;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.CookieLoginHandler;
import io.micronaut.security.token.generator.AccessTokenConfiguration;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A web session that is used does not run out under its user: when a page is read with a log-in cookie that has
 * less than half its lifetime left, the answer carries a fresh one (same user, same session version, so a
 * revocation still ends it). A session left alone for the whole lifetime expires.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SessionRenewal {

    private static final Set<String> TIME_CLAIMS = Set.of(Claims.EXPIRATION_TIME, Claims.ISSUED_AT,
            Claims.NOT_BEFORE, Claims.TOKEN_ID, Claims.ISSUER, Claims.AUDIENCE);

    private final CookieLoginHandler logIns;
    private final AccessTokenCookieConfiguration cookie;
    private final long lifetimeSeconds;

    SessionRenewal(CookieLoginHandler logIns, AccessTokenCookieConfiguration cookie, AccessTokenConfiguration tokens) {
        this.logIns = logIns;
        this.cookie = cookie;
        this.lifetimeSeconds = tokens.getExpiration();
    }

    @ResponseFilter
    void renew(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (ApiRequests.isApi(request) || request.getCookies().findCookie(cookie.getCookieName()).isEmpty()
                || response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(set -> set.startsWith(cookie.getCookieName() + "="))) {
            return; // not a web session, or the answer sets the cookie itself (log-in, log-out)
        }
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        if (user.isEmpty()) {
            return;
        }
        Optional<Instant> expiry = instant(user.get().getAttributes().get(Claims.EXPIRATION_TIME));
        if (expiry.isEmpty() || expiry.get().isAfter(Instant.now().plusSeconds(lifetimeSeconds / 2))) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>(user.get().getAttributes());
        attributes.keySet().removeAll(TIME_CLAIMS);
        Authentication renewed = Authentication.build(user.get().getName(), user.get().getRoles(), attributes);
        logIns.getCookies(renewed, request).stream()
                .filter(c -> c.getName().equals(cookie.getCookieName()))
                .forEach(response::cookie);
    }

    private static Optional<Instant> instant(Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (value instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }

}
