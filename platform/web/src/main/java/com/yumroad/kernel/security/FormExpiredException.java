package com.yumroad.kernel.security;

import com.yumroad.kernel.errors.ForbiddenException;

/**
 * A form arrived without a valid CSRF token: its cookie expired or was never kept, or the form did not come from
 * this site. Browsers get a page that says so and links back to the form ({@link #retry()}), where a fresh token
 * waits; nothing was changed.
 */
public class FormExpiredException extends ForbiddenException {

    private final String retry;
    private final boolean cookieMissing;

    FormExpiredException(String message, String retry, boolean cookieMissing) {
        super(message);
        this.retry = retry;
        this.cookieMissing = cookieMissing;
    }

    /** The page to go back to: the form's own page when the browser named it, else the home page. */
    public String retry() {
        return retry;
    }

    public boolean cookieMissing() {
        return cookieMissing;
    }
}
