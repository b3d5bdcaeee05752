package com.yumroad.catalog;

import java.time.Instant;

/** One of a product's files, as its seller uploaded it; {@code position} orders them from 0. */
public record ProductFile(long id, long productId, String name, long sizeBytes, String contentType, int position,
                          Instant createdAt) {
}
