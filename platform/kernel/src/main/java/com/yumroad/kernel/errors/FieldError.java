package com.yumroad.kernel.errors;

import io.micronaut.serde.annotation.Serdeable;

/** What is wrong with one input field, in words a person can act on. */
@Serdeable
public record FieldError(String field, String message) {
}
