package com.yumroad.storefront.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The two statements on storefront.stores that Micronaut Data's {@code @Query} cannot carry (it takes any query
 * with the word "update" in it, {@code for no key update} included, for an update).
 */
@Singleton
class StoreSql {

    private final JdbcOperations jdbc;

    StoreSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The owner's store, locked against closing until the transaction ends (a key-share lock, which a closing's
     * delete waits for): products added to one store at once do not wait for each other.
     */
    Optional<StoreRow> holdOfOwner(long ownerId) {
        return jdbc.prepareStatement(StoreRepository.STORE + "where s.owner_id = ? for key share of s", ps -> {
            ps.setLong(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(jdbc.readEntity(rs, StoreRow.class)) : Optional.<StoreRow>empty();
            }
        });
    }

    /**
     * Inserts a store unless its slug is taken, possibly by a store being opened at this very moment: the unique
     * index decides ({@code on conflict (slug) do nothing}), so two stores opened with the same name at once cannot
     * both get the slug, and the loser tries a suffixed one instead of failing. An owner who already has a store
     * still fails with stores_owner_key. The row comes back with its opening time.
     */
    Optional<StoreRow> insertUnlessSlugTaken(long ownerId, String name, String description, String slug) {
        return jdbc.prepareStatement("""
                insert into storefront.stores (owner_id, name, description, slug) values (?, ?, ?, ?)
                on conflict (slug) do nothing returning id, created_at""", ps -> {
            ps.setLong(1, ownerId);
            ps.setString(2, name);
            if (description == null) {
                ps.setNull(3, Types.VARCHAR);
            } else {
                ps.setString(3, description);
            }
            ps.setString(4, slug);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<StoreRow>empty();
                }
                Instant opened = rs.getObject(2, OffsetDateTime.class).toInstant();
                return Optional.of(new StoreRow(rs.getLong(1), ownerId, name, description, slug, opened, opened));
            }
        });
    }
}
