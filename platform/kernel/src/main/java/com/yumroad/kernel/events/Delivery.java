package com.yumroad.kernel.events;

import java.time.Instant;

/**
 * Which delivery an {@link AfterCommit} listener is running, for listeners that take it as a second parameter:
 * {@code publicationId} is the same on every attempt for this listener and this event, so it makes a natural
 * idempotency key; {@code publishedAt} is when the event happened (its transaction's time), not when it is delivered.
 */
public record Delivery(long publicationId, Instant publishedAt, int attempt) {
}
