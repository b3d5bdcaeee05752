package com.yumroad.sales.internal;

import io.micronaut.core.annotation.Introspected;

/** How many paid sales one product has. */
@Introspected
public record ProductSales(long productId, long sales) {
}
