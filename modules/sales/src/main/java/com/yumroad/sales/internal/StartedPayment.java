package com.yumroad.sales.internal;

/** A payment opened at the provider: its reference (unique per order) and where the buyer goes to pay. */
public record StartedPayment(String reference, String redirect) {
}
