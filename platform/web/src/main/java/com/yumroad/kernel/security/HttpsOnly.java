package com.yumroad.kernel.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * With {@code yumroad.https.required} (on in prod): a page asked for over plain http is sent to its https address
 * (301; other methods get 403, since their body already crossed the network in the clear), and every https answer
 * carries {@code Strict-Transport-Security}, so the browser never tries http again. {@code /health} stays
 * reachable over http for load balancers and probes inside the network.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "yumroad.https.required", value = "true")
class HttpsOnly implements Ordered {

    /** A host name or address with an optional port: nothing that could turn the redirect elsewhere. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");
    private static final String HEALTH = "/health";

    private final ClientAddresses clients;
    private final String hsts;

    HttpsOnly(ClientAddresses clients, @Value("${yumroad.https.hsts-max-age:365d}") Duration maxAge) {
        this.clients = clients;
        this.hsts = "max-age=" + maxAge.toSeconds();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> redirect(HttpRequest<?> request) {
        if (clients.isHttps(request) || request.getPath().equals(HEALTH) || request.getPath().startsWith(HEALTH + "/")) {
            return null;
        }
        String host = request.getHeaders().get("Host");
        boolean safe = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (!safe || host == null || !HOST.matcher(host).matches()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("This site works over https only.");
        }
        return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY)
                .headers(headers -> headers.location(URI.create("https://" + host + request.getUri().getRawPath()
                        + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery()))));
    }

    @ResponseFilter
    void strictTransport(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (clients.isHttps(request)) {
            response.getHeaders().set("Strict-Transport-Security", hsts);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 10; // before security and everything else
    }
}
