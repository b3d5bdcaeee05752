package com.yumroad.notifications.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One mail sent (or being tried) for one event's publication. */
@MappedEntity(value = "mails", schema = "notifications")
public record MailRow(
        @Id @GeneratedValue @Nullable Long id,
        long publicationId,
        String kind,
        String event,
        String recipient,
        String subject,
        String status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        Instant updatedAt) {

    public static final String SENT = "sent";
    public static final String RETRYING = "retrying";
    public static final String REFUSED = "refused";
    /** Not attempted: the address was refused for good before ({@link SuppressedAddresses}). */
    public static final String SUPPRESSED = "suppressed";

    /** Nothing more to do: sent, refused for good, or kept back from a refused address. */
    boolean finished() {
        return status.equals(SENT) || status.equals(REFUSED) || status.equals(SUPPRESSED);
    }
}
