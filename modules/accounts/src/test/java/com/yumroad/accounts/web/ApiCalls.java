package com.yumroad.accounts.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;

/** Sends a request and returns the answer whatever its status, with a JSON body read as a map. */
final class ApiCalls {

    private ApiCalls() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static HttpResponse<Map<String, Object>> call(BlockingHttpClient http, HttpRequest<?> request) {
        try {
            return (HttpResponse) http.exchange(request, Argument.of(Map.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }

    /** Like {@link #call} for pages: the body as text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static HttpResponse<String> page(BlockingHttpClient http, HttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }

    static Map<String, Object> body(HttpResponse<Map<String, Object>> response) {
        return response.getBody().orElseThrow(() -> new AssertionError("no body, status " + response.code()));
    }

    static String contentType(HttpResponse<?> response) {
        return response.getContentType().map(Object::toString).orElse("");
    }

    static String token(BlockingHttpClient http, String email, String password) {
        HttpResponse<Map<String, Object>> response = call(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", email, "password", password)));
        if (response.code() != 200) {
            throw new AssertionError("no token: " + response.code() + " " + response.getBody());
        }
        return (String) body(response).get("accessToken");
    }
}
