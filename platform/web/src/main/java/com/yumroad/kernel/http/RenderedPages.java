package com.yumroad.kernel.http;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.io.StringWriter;

/**
 * Renders a page before its answer starts. Micronaut Views hands the response a {@link Writable} that the server
 * writes later, on its own: a template that fails there (a Thymeleaf error) throws where no exception handler
 * listens, and the request never gets an answer. Rendered here, the failure becomes the 500 page. A page that any
 * anonymous visitor may share is handed to its keeper here ({@link SharedPages}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RenderedPages implements Ordered {

    private final UnexpectedErrorHandler failures;
    private final SharedPages shared;

    RenderedPages(UnexpectedErrorHandler failures, SharedPages shared) {
        this.failures = failures;
        this.shared = shared;
    }

    @ResponseFilter
    MutableHttpResponse<?> render(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof Writable page)
                || !response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)) {
            return response;
        }
        StringWriter html = new StringWriter();
        try {
            page.writeTo(html);
        } catch (Exception e) {
            return failures.answer(request, e);
        }
        String rendered = html.toString();
        shared.rendered(request, response, rendered);
        return response.body(rendered);
    }

    /** Runs after the views filter has put the page in the response (response filters run innermost first). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }
}
