package com.yumroad.catalog;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A product with both ends of its relationships: its creator (a user), its store, and its tags. With
 * {@code payWhatYouWant} the price is the least a buyer pays, and the checkout asks how much.
 * {@code description} is never null (empty when none was given); {@code cover} is null when it has none.
 */
public record Product(
        long id,
        String name,
        String description,
        long priceCents,
        String currency,
        boolean payWhatYouWant,
        Creator creator,
        Shop store,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Cover cover) {

    /** The cover's alternative text: the seller's, else the product's name. */
    public String coverAlt() {
        return cover == null || cover.alt() == null ? name : cover.alt();
    }

    public record Creator(long id, String name) {
    }

    public record Shop(long id, String name, String slug) {
    }
}
