package com.yumroad.catalog;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A product as its creator typed it; catalog normalises and validates it. Tags may be null (none);
 * {@code payWhatYouWant} null is false (a fixed price).
 */
public record NewProduct(String name, String description, Long priceCents, List<String> tags,
                         @Nullable Boolean payWhatYouWant) {

    public NewProduct(String name, String description, Long priceCents, List<String> tags) {
        this(name, description, priceCents, tags, null);
    }
}
