package com.yumroad.storefront.internal;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.text.Text;
import com.yumroad.kernel.text.TextRule;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that says what a valid store is. The name, normalised by the kernel's {@link Text}, must be longer
 * than 3 code points (the database's stores_name_length and stores_name_text checks back this up).
 */
final class StoreRules {

    static final int MIN_NAME_EXCLUSIVE = 3;
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 5000;

    private static final TextRule NAME = TextRule.name("name", "Store name").length(MIN_NAME_EXCLUSIVE + 1, MAX_NAME);
    private static final TextRule DESCRIPTION = TextRule.paragraphs("description", "Description")
            .length(0, MAX_DESCRIPTION);

    private StoreRules() {
    }

    static String normaliseName(String name) {
        return Text.line(name);
    }

    /** Null for no description: blank text says nothing. */
    static String normaliseDescription(String description) {
        String text = Text.paragraphs(description);
        return text.isEmpty() ? null : text;
    }

    static List<FieldError> check(String name, String description) {
        List<FieldError> errors = new ArrayList<>();
        NAME.check(name).ifPresent(errors::add);
        if (description != null) {
            DESCRIPTION.check(description).ifPresent(errors::add);
        }
        return errors;
    }
}
