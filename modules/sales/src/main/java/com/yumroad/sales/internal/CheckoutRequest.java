package com.yumroad.sales.internal;

import io.micronaut.core.annotation.Nullable;

/**
 * A buyer's checkout: the product, the buyer's email and, for pay-what-you-want products, the amount offered
 * (null: the price). {@code siteUrl} is the site's address the provider sends the buyer back to.
 */
public record CheckoutRequest(long productId, @Nullable String buyerEmail, @Nullable Long amountCents,
                              String siteUrl) {
}
