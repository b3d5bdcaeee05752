package com.yumroad.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A browser without a browser, for page tests: keeps cookies, sends what a browser's Accept header says, adds the
 * CSRF token to forms as the pages do, and never follows redirects (set
 * {@code micronaut.http.client.follow-redirects=false} on the test).
 */
public final class WebSession {

    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CSRF = "csrfToken";

    private final BlockingHttpClient http;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(HttpClient client) {
        this.http = client.toBlocking();
    }

    /** Sends this header with every request from now on (an X-Forwarded-For that names the client, ...). */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** Submits a form with the CSRF token the pages would put in it (a page is read first if there is none yet). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        if (!cookies.containsKey(CSRF)) {
            get("/login");
        }
        Map<String, String> form = new HashMap<>(fields);
        form.putIfAbsent(CSRF, cookies.get(CSRF).getValue());
        return postExactly(path, form);
    }

    /** Submits exactly these fields: a crafted request. */
    public HttpResponse<String> postExactly(String path, Map<String, String> fields) {
        return send(HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    public WebSession logIn(String email, String password) {
        HttpResponse<String> answer = post("/login", Map.of("email", email, "password", password));
        if (answer.code() != 303) {
            throw new AssertionError("log-in failed: " + answer.code());
        }
        return this;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name)).map(Cookie::getValue);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        request.header("Accept", BROWSER_ACCEPT);
        headers.forEach(request::header);
        cookies.values().forEach(request::cookie);
        HttpResponse<String> response;
        try {
            response = http.exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            response = (HttpResponse) e.getResponse();
        }
        response.getCookies().getAll().forEach(cookie -> {
            if (cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), Cookie.of(cookie.getName(), cookie.getValue()));
            }
        });
        return response;
    }
}
