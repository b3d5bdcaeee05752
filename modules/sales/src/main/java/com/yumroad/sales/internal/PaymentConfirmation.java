package com.yumroad.sales.internal;

import io.micronaut.core.annotation.Nullable;

/** The provider's word that an order's payment completed: its payment id (what a refund names) and the amount. */
public record PaymentConfirmation(@Nullable String paymentId, long amountCents, String currency) {
}
