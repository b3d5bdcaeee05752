package com.yumroad.storefront.internal;

import com.yumroad.kernel.errors.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that says what a valid store is. The name, stripped of surrounding spaces, must be longer than 3
 * characters (the database's stores_name_length check backs this up).
 */
final class StoreRules {

    static final int MIN_NAME_EXCLUSIVE = 3;
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 5000;

    private StoreRules() {
    }

    static String normaliseName(String name) {
        return name == null ? "" : name.strip();
    }

    /** Null for no description: blank text says nothing. */
    static String normaliseDescription(String description) {
        return description == null || description.isBlank() ? null : description.strip();
    }

    static List<FieldError> check(String name, String description) {
        List<FieldError> errors = new ArrayList<>();
        if (name.length() <= MIN_NAME_EXCLUSIVE) {
            errors.add(new FieldError("name", "Store name must be longer than " + MIN_NAME_EXCLUSIVE + " characters"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "Store name must be at most " + MAX_NAME + " characters"));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "Description must be at most " + MAX_DESCRIPTION + " characters"));
        }
        return errors;
    }
}
