package com.yumroad.sales.internal;

import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of sales.orders. Written by its constructor once; every change after is a conditional update. */
@MappedEntity(value = "orders", schema = "sales")
public record OrderRow(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        long storeId,
        long sellerId,
        String storeName,
        String productName,
        long listPriceCents,
        long amountCents,
        String currency,
        String buyerEmail,
        String status,
        String paymentProvider,
        @Nullable String paymentReference,
        @Nullable String paymentId,
        @DateCreated @Nullable Instant createdAt,
        Instant expiresAt,
        @Nullable Instant paidAt,
        @Nullable Instant closedAt,
        @Nullable Instant refundedAt,
        Instant updatedAt) {

    public SaleStatus saleStatus() {
        return SaleStatus.ofWire(status);
    }

    public Sale sale() {
        return new Sale(id, productId, storeId, sellerId, storeName, productName, listPriceCents, amountCents, currency,
                buyerEmail, saleStatus(), paymentProvider, createdAt, paidAt, refundedAt, updatedAt);
    }
}
