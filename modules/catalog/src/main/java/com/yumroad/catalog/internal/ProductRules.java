package com.yumroad.catalog.internal;

import com.yumroad.kernel.errors.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The one place that says what a valid product is, and how tags are normalised. */
final class ProductRules {

    static final int MIN_NAME_EXCLUSIVE = 3;
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 10_000;
    static final long MAX_PRICE_CENTS = 100_000_000L;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 50;

    private ProductRules() {
    }

    static String normaliseName(String name) {
        return name == null ? "" : name.strip();
    }

    static String normaliseDescription(String description) {
        return description == null ? "" : description.strip();
    }

    /** Trimmed, lower-cased, blank ones dropped, duplicates removed, first-seen order kept. */
    static List<String> normaliseTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return List.copyOf(tags.stream().filter(Objects::nonNull).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    static List<FieldError> check(String name, String description, Long priceCents, List<String> tags) {
        List<FieldError> errors = new ArrayList<>();
        if (name.length() <= MIN_NAME_EXCLUSIVE) {
            errors.add(new FieldError("name", "Product name must be longer than " + MIN_NAME_EXCLUSIVE + " characters"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "Product name must be at most " + MAX_NAME + " characters"));
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "Description must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (priceCents == null) {
            errors.add(new FieldError("priceCents", "Price is required"));
        } else if (priceCents < 0) {
            errors.add(new FieldError("priceCents", "Price cannot be negative"));
        } else if (priceCents > MAX_PRICE_CENTS) {
            errors.add(new FieldError("priceCents", "Price must be at most " + MAX_PRICE_CENTS / 100 + ".00"));
        }
        if (tags.size() > MAX_TAGS) {
            errors.add(new FieldError("tags", "At most " + MAX_TAGS + " tags"));
        }
        if (tags.stream().anyMatch(t -> t.length() > MAX_TAG)) {
            errors.add(new FieldError("tags", "A tag must be at most " + MAX_TAG + " characters"));
        }
        return errors;
    }
}
