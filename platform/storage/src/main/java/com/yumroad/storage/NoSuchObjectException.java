package com.yumroad.storage;

/** The store has no object under this key. */
public final class NoSuchObjectException extends RuntimeException {

    public NoSuchObjectException(String key) {
        super("No stored object " + key);
    }
}
