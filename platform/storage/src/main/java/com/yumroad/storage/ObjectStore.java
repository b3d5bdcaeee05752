package com.yumroad.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the application keeps files (product files, cover images): the local disk by default, S3 or any
 * S3-compatible store when {@code yumroad.storage.s3.bucket} is set. Keys are relative paths of letters, digits,
 * {@code - _ .} and {@code /} ({@link ObjectKeys}). Content is streamed both ways: nothing holds a whole file in memory.
 */
public interface ObjectStore {

    /**
     * Stores the stream's bytes under {@code key}, reading at most {@code maxBytes}: when more arrive, nothing is
     * kept and {@link ObjectTooLargeException} is thrown. The object appears whole or not at all.
     *
     * @return the number of bytes stored
     */
    long put(String key, InputStream content, long maxBytes, String contentType);

    /** The object's size and time of writing; empty when there is none. */
    Optional<StoredObject> stat(String key);

    /** {@code length} bytes from {@code offset} on (the caller checks both against the size); NoSuchObjectException. */
    InputStream open(String key, long offset, long length);

    /** Deletes the object; nothing happens when there is none. */
    void delete(String key);

    /** Every object whose key starts with {@code prefix}: for sweeping objects that no row names. */
    List<StoredObject> list(String prefix);

    /**
     * A URL the client can download the object from directly for {@code ttl}, as a file named {@code fileName};
     * empty when the store has no such URLs (the local disk: the application serves the bytes itself).
     */
    Optional<URI> downloadUrl(String key, String fileName, String contentType, Duration ttl);

    /** Releases the store's connections; the application context calls it when it closes. */
    default void close() {
    }
}
