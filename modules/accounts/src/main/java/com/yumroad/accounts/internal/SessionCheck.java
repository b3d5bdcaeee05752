package com.yumroad.accounts.internal;

import com.yumroad.accounts.Sessions;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Refuses a log-in token whose session version is not the user's current one (the sessions were revoked) or whose
 * user is gone. Runs for every JWT after its signature and expiry are checked; other bearer kinds (personal access
 * tokens) bring validators of their own.
 */
@Singleton
class SessionCheck implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final SessionVersions versions;

    SessionCheck(SessionVersions versions) {
        this.versions = versions;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Optional<Long> user = number(claims.get(Claims.SUBJECT));
        Optional<Long> version = number(claims.get(Sessions.VERSION_CLAIM));
        if (user.isEmpty() || version.isEmpty()) {
            return false;
        }
        return versions.current(user.get()).map(current -> current.longValue() == version.get()).orElse(false);
    }

    private static Optional<Long> number(Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        if (value instanceof String s) {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
