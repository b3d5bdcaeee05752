package com.yumroad.kernel.events.publication;

import java.time.Instant;

/** A publication that ran out of attempts, for operators to inspect and resubmit. */
public record FailedPublication(long id, String listenerId, String eventType, String serializedEvent,
                                Instant publishedAt, int attempts, Instant lastAttemptAt, String lastError) {
}
