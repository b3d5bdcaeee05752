package com.yumroad.catalog;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What a creator changes about a product: null leaves a field as it is; an empty tag list removes every tag. */
public record ProductChanges(String name, String description, Long priceCents, List<String> tags,
                             @Nullable Boolean payWhatYouWant) {

    public ProductChanges(String name, String description, Long priceCents, List<String> tags) {
        this(name, description, priceCents, tags, null);
    }
}
