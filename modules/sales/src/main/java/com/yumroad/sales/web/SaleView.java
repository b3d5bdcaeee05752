package com.yumroad.sales.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.sales.Sale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The API's Sale: a paid or refunded order of the caller's. Every field always present. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Sale", description = "A sale: an order that was paid (and maybe refunded since)")
record SaleView(
        @Schema(requiredMode = REQUIRED, example = "812") long id,
        @Schema(requiredMode = REQUIRED, example = "42", description = "The product sold; it may have been deleted since")
        long productId,
        @Schema(requiredMode = REQUIRED, example = "Difference Engine Cookbook",
                description = "The product's name at the sale") String productName,
        @Schema(requiredMode = REQUIRED, example = "1999", description = "The product's price at the sale, minor units")
        long listPriceCents,
        @Schema(requiredMode = REQUIRED, example = "2500",
                description = "What the buyer paid, in minor units of `currency` (cents): at least the list price")
        long amountCents,
        @Schema(requiredMode = REQUIRED, example = "USD", description = "ISO 4217") String currency,
        @Schema(requiredMode = REQUIRED, example = "buyer@example.com") String buyerEmail,
        @Schema(requiredMode = REQUIRED, example = "paid", allowableValues = {"paid", "refunded"}) String status,
        @Schema(requiredMode = REQUIRED, example = "stripe", allowableValues = {"stripe", "test", "free"},
                description = "How it was paid: Stripe, test mode (no money moved) or nothing to pay")
        String paymentMode,
        @Schema(requiredMode = REQUIRED, example = "2026-12-02T09:15:00Z") Instant createdAt,
        @Schema(requiredMode = REQUIRED, example = "2026-12-02T09:16:10Z") Instant paidAt,
        @Schema(requiredMode = REQUIRED, nullable = true, example = "null", description = "null unless refunded")
        @Nullable Instant refundedAt,
        @Schema(requiredMode = REQUIRED, example = "2026-12-02T09:16:10Z",
                description = "Last change: its payment, then its refund") Instant updatedAt) {

    static SaleView of(Sale sale) {
        return new SaleView(sale.id(), sale.productId(), sale.productName(), sale.listPriceCents(), sale.amountCents(),
                sale.currency(), sale.buyerEmail(), sale.status().wire(), sale.paymentMode(), sale.createdAt(),
                sale.paidAt(), sale.refundedAt(), sale.updatedAt());
    }
}
