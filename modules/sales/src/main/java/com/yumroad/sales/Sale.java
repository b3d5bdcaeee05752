package com.yumroad.sales;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An order as other modules see it. {@code storeName}, {@code productName} and {@code listPriceCents} are as they were
 * at the checkout; {@code amountCents} is what the buyer paid (at least the list price: pay what you want), in minor
 * units of {@code currency} (ISO 4217). {@code paymentMode}: stripe, test or free. The product, store and seller
 * ids are plain numbers: a sale outlives all three.
 */
public record Sale(
        long id,
        long productId,
        long storeId,
        long sellerId,
        String storeName,
        String productName,
        long listPriceCents,
        long amountCents,
        String currency,
        String buyerEmail,
        SaleStatus status,
        String paymentMode,
        Instant createdAt,
        @Nullable Instant paidAt,
        @Nullable Instant refundedAt,
        Instant updatedAt) {

    /** Paid and not refunded: what a download or a licence hangs on. */
    public boolean isPaid() {
        return status == SaleStatus.PAID;
    }

    public boolean isRefunded() {
        return status == SaleStatus.REFUNDED;
    }
}
