package com.yumroad.notifications.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Locale;
import java.util.Optional;

/**
 * Notifications' block list: the addresses an SMTP server refused for good (5xx). The first refusal lists the address;
 * later mail to it is recorded as {@code suppressed} without a connection to the server. An operator takes an
 * address off the list by deleting its row ({@code delete from notifications.suppressed_addresses where address = ...}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SuppressedAddresses extends GenericRepository<SuppressedAddress, String> {

    Optional<SuppressedAddress> findByAddress(String address);

    /** Lists the address unless it is already listed (the first refusal stays the one on record). */
    @Query("insert into notifications.suppressed_addresses (address, publication_id, reason) "
            + "values (:address, :publicationId, :reason) on conflict (address) do nothing")
    void add(String address, long publicationId, String reason);

    /** The form an address is listed under: mail servers treat the domain, and in practice the mailbox, case-blind. */
    static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
