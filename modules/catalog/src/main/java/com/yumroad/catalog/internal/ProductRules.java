package com.yumroad.catalog.internal;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.text.Text;
import com.yumroad.kernel.text.TextRule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one place that says what a valid product is, and how tags are normalised. Text goes through the kernel's
 * {@link Text} and {@link TextRule} (code points, no control or invisible characters), as the database's checks do.
 */
final class ProductRules {

    static final int MIN_NAME_EXCLUSIVE = 3;
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 10_000;
    static final long MAX_PRICE_CENTS = 100_000_000L;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 50;

    private static final TextRule NAME = TextRule.name("name", "Product name").length(MIN_NAME_EXCLUSIVE + 1, MAX_NAME);
    private static final TextRule DESCRIPTION = TextRule.paragraphs("description", "Description")
            .length(0, MAX_DESCRIPTION);
    private static final TextRule TAG = TextRule.name("tags", "A tag").length(1, MAX_TAG);

    private ProductRules() {
    }

    static String normaliseName(String name) {
        return Text.line(name);
    }

    static String normaliseDescription(String description) {
        return Text.paragraphs(description);
    }

    /** One tag as stored and searched: {@link Text#folded} (trimmed, NFC, lower-cased). */
    static String normaliseTag(String tag) {
        return Text.folded(tag);
    }

    /** Normalised, blank ones dropped, duplicates removed, first-seen order kept. */
    static List<String> normaliseTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return List.copyOf(tags.stream().filter(Objects::nonNull).map(ProductRules::normaliseTag)
                .filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static List<FieldError> check(String name, String description, Long priceCents, List<String> tags) {
        List<FieldError> errors = new ArrayList<>();
        NAME.check(name).ifPresent(errors::add);
        DESCRIPTION.check(description).ifPresent(errors::add);
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
        tags.stream().map(TAG::check).flatMap(java.util.Optional::stream).findFirst().ifPresent(errors::add);
        return errors;
    }
}
