package com.yumroad.kernel.errors;

/** The request clashes with what already exists (an email taken, a second store); nothing was written. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the conflict is about, for forms; may be null. */
    public String field() {
        return field;
    }
}
