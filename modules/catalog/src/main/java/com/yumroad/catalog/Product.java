package com.yumroad.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A product with both ends of its relationships: its creator (a user), its store, and its tags.
 * {@code description} is never null (empty when none was given).
 */
public record Product(
        long id,
        String name,
        String description,
        long priceCents,
        String currency,
        Creator creator,
        Shop store,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    public record Creator(long id, String name) {
    }

    public record Shop(long id, String name, String slug) {
    }
}
