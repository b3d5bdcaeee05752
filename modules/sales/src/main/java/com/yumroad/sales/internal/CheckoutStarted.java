package com.yumroad.sales.internal;

/** An order opened by a checkout, and where the buyer goes next: the payment page, or the receipt when free. */
public record CheckoutStarted(long orderId, String redirect) {
}
