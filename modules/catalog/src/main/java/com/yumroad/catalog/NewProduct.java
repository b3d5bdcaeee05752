package com.yumroad.catalog;

import java.util.List;

/** A product as its creator typed it; catalog normalises and validates it. Tags may be null (none). */
public record NewProduct(String name, String description, Long priceCents, List<String> tags) {
}
