package com.yumroad.kernel.security;

import com.yumroad.kernel.errors.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

/**
 * The CSRF check of every web form: each handler of a form POST takes the form's {@code csrfToken} field and calls
 * {@link #check} first; a missing or wrong token answers 403 and changes nothing. The token is checked against the
 * double-submit cookie by micronaut-security-csrf's validator (signed with the JWT key, equal to the cookie).
 * <p>
 * Why not micronaut-security-csrf's filter: it reads the form body inside the security filter, and when a body
 * arrives after its headers (browsers do that) the request fails with a NullPointerException
 * (micronaut-projects/micronaut-security#1984, open); reading the body in an earlier filter of our own fails the
 * same way (503). Handlers get the field from Micronaut's own form binding, after the body has arrived.
 */
@Singleton
public class FormTokens {

    static final String REFUSED = "The form has expired or did not come from this site. Reload the page and try again.";

    private final CsrfTokenValidator<HttpRequest<?>> validator;

    FormTokens(CsrfTokenValidator<HttpRequest<?>> validator) {
        this.validator = validator;
    }

    /** ForbiddenException unless the token is the one this browser's CSRF cookie carries. */
    public void check(HttpRequest<?> request, @Nullable String token) {
        if (token == null || token.isEmpty() || !validator.validateCsrfToken(request, token)) {
            throw new ForbiddenException(REFUSED);
        }
    }
}
