package com.yumroad.kernel.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every cookie the application sets is {@code Secure} exactly when the browser reached us over https (directly or
 * through a trusted proxy, {@link ClientAddresses#isHttps}). A Secure cookie sent over plain http is dropped by the
 * browser (sign-up on http://shop.test failed with a CSRF refusal); a cookie without it over https could leak to
 * http. Micronaut's handlers decide by the socket alone, so the decision is made here, once, for all of them.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecureCookies implements Ordered {

    private final ClientAddresses clients;

    SecureCookies(ClientAddresses clients) {
        this.clients = clients;
    }

    @ResponseFilter
    void mark(HttpRequest<?> request, MutableHttpResponse<?> response) {
        List<String> cookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.isEmpty()) {
            return;
        }
        boolean https = clients.isHttps(request);
        List<String> marked = new ArrayList<>(cookies.size());
        for (String cookie : cookies) {
            marked.add(secure(cookie, https));
        }
        response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        marked.forEach(cookie -> response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie));
    }

    static String secure(String setCookie, boolean https) {
        StringBuilder out = new StringBuilder();
        for (String part : setCookie.split(";")) {
            if (part.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(part);
        }
        return https ? out + "; Secure" : out.toString();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE; // response filters of the highest precedence run last, on the final answer
    }
}
