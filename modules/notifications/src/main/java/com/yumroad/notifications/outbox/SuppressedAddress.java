package com.yumroad.notifications.outbox;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An address a mail server refused for good: no later mail to it is attempted. {@code address} is lower-cased. */
@MappedEntity(value = "suppressed_addresses", schema = "notifications")
public record SuppressedAddress(@Id String address, long publicationId, String reason, Instant createdAt) {
}
