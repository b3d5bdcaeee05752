package com.yumroad.kernel.json;

import io.micronaut.serde.exceptions.SerdeException;

/** A JSON number where a whole number is required (12.5 for a price in cents): 422 on that field, never rounded. */
public class NotAWholeNumberException extends SerdeException {

    public NotAWholeNumberException(String message) {
        super(message);
    }
}
