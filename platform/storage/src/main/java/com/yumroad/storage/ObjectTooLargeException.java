package com.yumroad.storage;

/** More bytes arrived than the caller allows; nothing was stored. */
public final class ObjectTooLargeException extends RuntimeException {

    private final long maxBytes;

    public ObjectTooLargeException(long maxBytes) {
        super("More than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
