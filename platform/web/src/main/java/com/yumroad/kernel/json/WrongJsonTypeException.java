package com.yumroad.kernel.json;

import io.micronaut.serde.exceptions.SerdeException;

/** A JSON value of another type than the field's (text where a number belongs): 400 on that field. */
public class WrongJsonTypeException extends SerdeException {

    public WrongJsonTypeException(String message) {
        super(message);
    }
}
