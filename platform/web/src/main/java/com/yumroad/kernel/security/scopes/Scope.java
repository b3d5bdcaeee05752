package com.yumroad.kernel.security.scopes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a personal access token may do on the JSON API. A log-in token (JWT) may do everything; a personal access
 * token only what its scopes grant. Each API endpoint declares its need with {@link RequiresScope}, {@link PublicApi}
 * or {@link LogInOnly} (an architecture test makes the choice compulsory).
 */
public enum Scope {
    /** Read the caller's own account, store and activity (public reads need no scope). */
    READ("Read your account, store and activity"),
    /** Open or change the store, publish, change and remove products. */
    WRITE_PRODUCTS("Open or change your store; publish, change and remove products"),
    /** Read the store's sales. */
    READ_SALES("Read your sales"),
    /** Refund the store's sales. */
    REFUND_SALES("Refund your sales"),
    /** List, subscribe and remove webhooks. */
    MANAGE_WEBHOOKS("Manage webhooks");

    private final String description;

    Scope(String description) {
        this.description = description;
    }

    /** The name clients send and see: {@code read}, {@code write_products}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static Optional<Scope> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
