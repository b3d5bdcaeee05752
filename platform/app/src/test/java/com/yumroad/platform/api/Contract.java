package com.yumroad.platform.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The API test suite's only way to call the API: every request and every answer is checked against the OpenAPI
 * document the application serves at /api/v1/openapi.yml, so the document cannot drift from the code. A test that
 * sends a request the document forbids on purpose (no token, a wrong content type, limit=0, ...) says so with
 * {@link #offDocument}: then only the answer is checked, against the operation's documented responses.
 */
final class Contract {

    static final String DOCUMENT = "/api/v1/openapi.yml";

    private final BlockingHttpClient http;
    private final JsonMapper json;
    private final OpenApiInteractionValidator validator;

    Contract(BlockingHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
        this.validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(http.retrieve(DOCUMENT))
                .build();
    }

    /** A request the document allows; it and its answer must both match the document. */
    Answer call(MutableHttpRequest<?> request) {
        Exchange exchange = exchange(request);
        assertValid(exchange, validator.validate(exchange.request(), exchange.response()));
        return exchange.answer();
    }

    /** A request that breaks the document on purpose; its answer must still be one the operation documents. */
    Answer offDocument(MutableHttpRequest<?> request) {
        Exchange exchange = exchange(request);
        assertValid(exchange, validator.validateResponse(exchange.request().getPath(), exchange.request().getMethod(),
                exchange.response()));
        return exchange.answer();
    }

    /** A method the path does not have: no operation to check against, so the answer must be a plain problem. */
    Answer noSuchOperation(MutableHttpRequest<?> request) {
        Exchange exchange = exchange(request);
        Answer answer = exchange.answer();
        if (!answer.contentType().equals("application/problem+json")
                || !answer.json().keySet().containsAll(List.of("type", "title", "status", "detail", "errors"))) {
            throw new AssertionError("not a problem: " + answer);
        }
        return answer;
    }

    String json(Object body) {
        try {
            return new String(json.writeValueAsBytes(body), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MutableHttpRequest<String> post(String path, String jsonBody) {
        return HttpRequest.POST(path, jsonBody).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    static MutableHttpRequest<String> patch(String path, String jsonBody) {
        return HttpRequest.PATCH(path, jsonBody).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private Exchange exchange(MutableHttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = http.exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        String body = response.getBody(String.class).orElse(null);
        return new Exchange(toValidator(request), toValidator(response, body),
                new Answer(response.code(), response.getHeaders().asMap(), body, json));
    }

    private static Request toValidator(MutableHttpRequest<?> request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethodName(), request.getPath());
        request.getParameters().forEach((name, values) -> builder.withQueryParam(name, values));
        request.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
        request.getBody(String.class).ifPresent(builder::withBody);
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response toValidator(HttpResponse<?> response, String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.code());
        response.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static void assertValid(Exchange exchange, ValidationReport report) {
        if (report.hasErrors()) {
            throw new AssertionError("The API and its OpenAPI document disagree on " + exchange.request().getMethod()
                    + " " + exchange.request().getPath() + " -> " + exchange.answer().status() + ":\n"
                    + report.getMessages().stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")) + "\n  answer: " + exchange.answer().body());
        }
    }

    private record Exchange(Request request, com.atlassian.oai.validator.model.Response response, Answer answer) {
    }

    /** An answer: status, headers and the body as text, with JSON views of it. */
    record Answer(int status, Map<String, List<String>> headers, String body, JsonMapper mapper) {

        Map<String, Object> json() {
            return read(Argument.mapOf(String.class, Object.class));
        }

        List<Map<String, Object>> list() {
            return read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json().get("items");
        }

        long id() {
            return ((Number) json().get("id")).longValue();
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        /** The field names the problem's errors[] name. */
        @SuppressWarnings("unchecked")
        List<Object> errorFields() {
            return ((List<Map<String, Object>>) json().get("errors")).stream().map(e -> e.get("field")).toList();
        }

        private <T> T read(Argument<T> type) {
            try {
                return mapper.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
