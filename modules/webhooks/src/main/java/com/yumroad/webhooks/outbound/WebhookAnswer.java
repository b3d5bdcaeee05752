package com.yumroad.webhooks.outbound;

import io.micronaut.core.annotation.Nullable;

/** What came back: a status code and the first characters of the answer, or the error that stopped us. */
public record WebhookAnswer(@Nullable Integer status, String excerpt, @Nullable String error) {

    static final int MAX_TEXT = 500;

    public WebhookAnswer {
        excerpt = cut(excerpt);
        error = error == null ? null : cut(error);
    }

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
