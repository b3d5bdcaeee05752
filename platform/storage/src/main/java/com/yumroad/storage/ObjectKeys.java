package com.yumroad.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/** Object keys: relative paths that cannot climb out of the store ({@code ..}) and need no escaping anywhere. */
public final class ObjectKeys {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

    private ObjectKeys() {
    }

    /** A new key under {@code prefix} that no one can guess: {@code prefix/<random uuid><suffix>}. */
    public static String fresh(String prefix, String suffix) {
        return checked(prefix + "/" + UUID.randomUUID() + suffix);
    }

    public static String checked(String key) {
        if (key == null || !SAFE.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Not an object key: " + key);
        }
        return key;
    }
}
