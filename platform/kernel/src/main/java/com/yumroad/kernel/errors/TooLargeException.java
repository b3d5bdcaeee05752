package com.yumroad.kernel.errors;

/** A body or upload is larger than allowed; nothing of it was kept. Answered 413 on the field it names. */
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the upload came in, for forms; may be null. */
    public String field() {
        return field;
    }
}
