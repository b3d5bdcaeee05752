package com.yumroad.kernel.http;

import io.micronaut.http.HttpRequest;

/** The JSON API lives under /api/: its errors are problem+json and it accepts only bearer tokens. */
public final class ApiRequests {

    public static final String PREFIX = "/api/";

    private ApiRequests() {
    }

    public static boolean isApi(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith(PREFIX) || path.equals("/api");
    }
}
