package com.yumroad.sales;

/**
 * Where an order stands. pending -> paid -> refunded is a sale; pending -> declined or expired is not (an expired
 * order still becomes paid if the payment provider confirms a payment made in time, since the money was taken).
 */
public enum SaleStatus {
    PENDING, PAID, DECLINED, EXPIRED, REFUNDED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SaleStatus ofWire(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
