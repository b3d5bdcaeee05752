package com.yumroad.catalog.web;

import com.yumroad.catalog.Product;

import java.util.Arrays;
import java.util.List;

/**
 * A product form as typed: the price as money text, the tags as one comma-separated field, pay what you want as a
 * checkbox (absent when unticked).
 */
record ProductForm(String name, String description, String price, String tags, boolean payWhatYouWant) {

    ProductForm {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        price = price == null ? "" : price;
        tags = tags == null ? "" : tags;
    }

    static ProductForm empty() {
        return new ProductForm("", "", "", "", false);
    }

    static ProductForm of(Product product) {
        return new ProductForm(product.name(), product.description(), Money.INSTANCE.plain(product.priceCents()),
                String.join(", ", product.tags()), product.payWhatYouWant());
    }

    /** "ebook, Design,,guide " -> [ebook, Design, guide]; catalog lower-cases and removes duplicates. */
    List<String> tagList() {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
