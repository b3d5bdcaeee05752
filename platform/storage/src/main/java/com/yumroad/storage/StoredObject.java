package com.yumroad.storage;

import java.time.Instant;

/** An object in the store: its key, size in bytes and when it was written. */
public record StoredObject(String key, long size, Instant lastModified) {
}
