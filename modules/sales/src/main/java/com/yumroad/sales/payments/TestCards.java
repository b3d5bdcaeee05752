package com.yumroad.sales.payments;

/** Stripe's test card numbers, as the test checkout page takes them (spaces and dashes allowed). */
enum TestCards {
    PAYS, DECLINED, UNKNOWN;

    static final String SUCCESS = "4242424242424242";
    static final String DECLINE = "4000000000000002";

    static TestCards of(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        return switch (digits) {
            case SUCCESS -> PAYS;
            case DECLINE -> DECLINED;
            default -> UNKNOWN;
        };
    }
}
