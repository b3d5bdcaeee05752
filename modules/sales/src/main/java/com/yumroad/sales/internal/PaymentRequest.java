package com.yumroad.sales.internal;

import java.time.Instant;

/** A pending order to pay, and where the provider sends the buyer back (absolute URLs). */
public record PaymentRequest(long orderId, String productName, long amountCents, String currency, String buyerEmail,
                             Instant expiresAt, String successUrl, String cancelUrl) {
}
