package com.yumroad.accounts.tokens;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A personal access token as stored: its secret only as an HMAC, its scopes as space-separated keys. */
@MappedEntity(value = "personal_access_tokens", schema = "accounts")
record AccessToken(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        String name,
        String tokenHash,
        String hint,
        String scopes,
        @DateCreated @Nullable Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
