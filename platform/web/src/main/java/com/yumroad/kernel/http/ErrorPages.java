package com.yumroad.kernel.http;

import com.yumroad.kernel.security.FormExpiredException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Error pages in the site's look (views/error.html in the layout) for browsers on every non-API route:
 * {@link ProblemResponses} asks this for the HTML body. The API keeps problem+json. A 500 shows only the request id
 * that the log line carries.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class ErrorPages implements HtmlErrorResponseBodyProvider {

    private static final String VIEW = "error";

    private final ViewsRendererLocator renderers;
    private final ViewsModelDecorator decorator;

    ErrorPages(ViewsRendererLocator renderers, ViewsModelDecorator decorator) {
        this.renderers = renderers;
        this.decorator = decorator;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.status();
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.getCode());
        model.put("heading", heading(status));
        model.put("message", message(status));
        context.getRequest().getAttribute(ProblemResponses.REQUEST_ID, String.class)
                .ifPresent(id -> model.put("requestId", id));
        if (context.getRootCause().orElse(null) instanceof FormExpiredException expired) {
            model.put("heading", "Please send the form again");
            model.put("message", expired.getMessage());
            model.put("retry", expired.retry());
        }
        ModelAndView<Map<String, Object>> page = new ModelAndView<>(VIEW, model);
        decorator.decorate(context.getRequest(), page);
        ViewsRenderer renderer = renderers.resolveViewsRenderer(VIEW, MediaType.TEXT_HTML, model)
                .orElseThrow(() -> new IllegalStateException("No renderer for the error page"));
        StringWriter html = new StringWriter();
        try {
            renderer.render(VIEW, page.getModel().orElse(model), context.getRequest()).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Not yours to change";
            case NOT_FOUND -> "Page not found";
            case UNAUTHORIZED -> "Please log in";
            case TOO_MANY_REQUESTS -> "Slow down a little";
            default -> status.getCode() >= 500 ? "Something went wrong" : status.getReason();
        };
    }

    private static String message(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Only the owner may do this. If it is yours, log in with the account that owns it.";
            case NOT_FOUND -> "We could not find that page. It may have been removed, or the address may be mistyped.";
            case UNAUTHORIZED -> "This page needs you to log in.";
            case TOO_MANY_REQUESTS -> "Too many attempts in a short time. Please wait a minute and try again.";
            default -> status.getCode() >= 500
                    ? "Something broke on our side. Please try again in a moment."
                    : "We could not handle that request. Check the address, or go back and try again.";
        };
    }
}
