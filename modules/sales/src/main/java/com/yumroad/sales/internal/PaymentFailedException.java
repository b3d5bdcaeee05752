package com.yumroad.sales.internal;

/** The payment provider refused a call or could not be reached; the message is safe to show. */
public class PaymentFailedException extends RuntimeException {

    public PaymentFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public PaymentFailedException(String message) {
        super(message);
    }
}
