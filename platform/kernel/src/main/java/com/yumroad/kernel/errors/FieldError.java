package com.yumroad.kernel.errors;

/** What is wrong with one input field, in words a person can act on. */
public record FieldError(String field, String message) {
}
