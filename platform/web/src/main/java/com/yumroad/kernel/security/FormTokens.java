package com.yumroad.kernel.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

/**
 * The CSRF check of every web form: each handler of a form POST takes the form's {@code csrfToken} field and calls
 * {@link #check} first; a missing or wrong token answers 403 and changes nothing (log-in too: a pre-session
 * token, so that no other site can log a browser into the attacker's account). The token is checked against the
 * double-submit cookie by micronaut-security-csrf's validator (signed with the JWT key, equal to the cookie).
 * <p>
 * Why not micronaut-security-csrf's filter: it reads the form body inside the security filter, and when a body
 * arrives after its headers (browsers do that) the request fails with a NullPointerException
 * (micronaut-projects/micronaut-security#1984, open); reading the body in an earlier filter of our own fails the
 * same way (503). Handlers get the field from Micronaut's own form binding, after the body has arrived.
 */
@Singleton
public class FormTokens {

    static final String REFUSED = "This form is out of date or was not sent from this site, so nothing was changed. "
            + "Open the form again and send it once more.";
    static final String NO_COOKIE = "Your browser did not send this form's security cookie: it has expired, or cookies "
            + "are blocked for this site. Nothing was changed. Open the form again and send it once more.";

    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration configuration;

    FormTokens(CsrfTokenValidator<HttpRequest<?>> validator, CsrfConfiguration configuration) {
        this.validator = validator;
        this.configuration = configuration;
    }

    /**
     * {@link FormExpiredException} (a 403 that says what happened and links back to the form) unless the token is
     * the one this browser's CSRF cookie carries.
     */
    public void check(HttpRequest<?> request, @Nullable String token) {
        boolean noCookie = request.getCookies().findCookie(configuration.getCookieName()).isEmpty();
        if (noCookie || token == null || token.isEmpty() || !validator.validateCsrfToken(request, token)) {
            throw new FormExpiredException(noCookie ? NO_COOKIE : REFUSED, formPage(request), noCookie);
        }
    }

    /** The page the form was on, when the browser says so (same-site Referer); else the home page. */
    static String formPage(HttpRequest<?> request) {
        String referer = request.getHeaders().get(HttpHeaders.REFERER);
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (referer == null || host == null) {
            return "/";
        }
        for (String scheme : new String[]{"http://", "https://"}) {
            String origin = scheme + host;
            if (referer.startsWith(origin + "/")) {
                return SafeRedirect.orHome(referer.substring(origin.length()));
            }
        }
        return "/";
    }
}
