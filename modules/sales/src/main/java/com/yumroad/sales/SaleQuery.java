package com.yumroad.sales;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Which of a seller's sales to list (paid and refunded orders): optionally one product's, paid in
 * [{@code paidFrom}, {@code paidBefore}).
 */
public record SaleQuery(long sellerId, @Nullable Long productId, @Nullable Instant paidFrom,
                        @Nullable Instant paidBefore) {

    public static SaleQuery of(long sellerId) {
        return new SaleQuery(sellerId, null, null, null);
    }
}
