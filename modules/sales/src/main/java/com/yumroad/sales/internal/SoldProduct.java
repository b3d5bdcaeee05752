package com.yumroad.sales.internal;

import io.micronaut.core.annotation.Introspected;

/** A product a seller has sold (maybe deleted since), named as at its latest sale, with its paid sales. */
@Introspected
public record SoldProduct(long productId, String productName, long paid) {
}
