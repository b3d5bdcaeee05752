package com.yumroad.kernel.errors;

/** The caller is known but may not do this: only an owner changes what they own. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
