package com.yumroad.kernel.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;

import java.util.Set;

/**
 * The API reads JSON bodies only. Micronaut refuses a body of another declared type (415) but reads one that
 * declares none as JSON; the contract says such a body answers 415 too, and so it does here.
 */
@ServerFilter(ApiRequests.PREFIX + "**")
class JsonBodiesOnly {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @RequestFilter
    void requireContentType(HttpRequest<?> request) {
        if (WITH_BODY.contains(request.getMethod()) && hasBody(request) && request.getContentType().isEmpty()) {
            throw new HttpStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "A request body must be application/json (say so in Content-Type)");
        }
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
