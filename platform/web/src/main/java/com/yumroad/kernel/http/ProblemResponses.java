package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.FieldError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every error Micronaut or our handlers answer passes here (parse errors, 404, 405, 415, 413, security's 401/403,
 * the handlers in this package). On /api/** it becomes {@link Problem} as application/problem+json; elsewhere
 * Micronaut's own choice of HTML or JSON stands. micronaut-problem-json would do the first half, but it is not in
 * our package registry (3.9.0 does not resolve) and has no {@code errors: [{field, message}]} shape.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Object> {

    /** Request attribute holding the id logged with a server error. */
    public static final String REQUEST_ID = "yumroad.requestId";
    private static final String UNDECODABLE = "/bad-request";
    private static final int MAX_DETAIL = 300;

    private final JsonErrorResponseBodyProvider<?> json;
    private final HtmlErrorResponseBodyProvider html;

    ProblemResponses(JsonErrorResponseBodyProvider<?> json, HtmlErrorResponseBodyProvider html) {
        this.json = json;
        this.html = html;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return withBody(response, null, null);
        }
        if (ApiRequests.isApi(context.getRequest()) || isUndecodable(context)) {
            return withBody(response, problem(context, response.status()), Problem.MEDIA_TYPE);
        }
        boolean wantsHtml = context.getRequest().accept().stream().anyMatch(t -> t.equals(MediaType.TEXT_HTML_TYPE))
                && context.getRequest().accept().stream().noneMatch(t -> t.matchesExtension("json"));
        return wantsHtml
                ? withBody(response, html.body(context, response), html.contentType())
                : withBody(response, json.body(context, response), json.contentType());
    }

    /**
     * A request Netty could not decode (a request line longer than the server takes) has no path of its own:
     * Micronaut names it {@value #UNDECODABLE}. Unless a browser asked for a page, it is answered as the API answers.
     */
    private static boolean isUndecodable(ErrorContext context) {
        return context.getRequest().getPath().equals(UNDECODABLE)
                && context.getRequest().accept().stream().noneMatch(t -> t.equals(MediaType.TEXT_HTML_TYPE));
    }

    @SuppressWarnings("unchecked")
    private static MutableHttpResponse<Object> withBody(MutableHttpResponse<?> response, Object body, String type) {
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        return body == null ? answer : answer.body(body).contentType(type);
    }

    private static Problem problem(ErrorContext context, HttpStatus status) {
        String requestId = context.getRequest().getAttribute(REQUEST_ID, String.class).orElse(null);
        if (status.getCode() >= 500) {
            return new Problem(Problem.NO_TYPE, status.getReason(), status.getCode(),
                    "Something went wrong on our side" + (requestId == null ? "" : " (request " + requestId + ")"),
                    List.of(), requestId);
        }
        // Micronaut's own handlers name a body "/body": not a field a client wrote, so it is no field here
        List<FieldError> fields = context.getErrors().stream().filter(e -> e.getPath().isPresent())
                .filter(e -> !clientField(e.getPath().get()).isEmpty())
                .map(e -> new FieldError(clientField(e.getPath().get()), e.getMessage())).toList();
        String detail = context.getErrors().stream().filter(e -> e.getPath().isEmpty()).map(Error::getMessage)
                .findFirst().orElse(fields.isEmpty() ? status.getReason() : "Some fields are not valid");
        return new Problem(Problem.NO_TYPE, status.getReason(), status.getCode(), shorten(detail), fields, requestId);
    }

    private static String clientField(String path) {
        String field = path.startsWith("/") ? path.substring(1) : path;
        return field.equals("body") ? "" : field;
    }

    private static String shorten(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "...";
    }
}
