package com.yumroad.kernel.paging;

/** A cursor that this server did not issue for this list: garbled, tampered with, or from another query. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException() {
        super("The cursor is not valid for this list; start again from the first page");
    }
}
