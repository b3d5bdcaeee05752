package com.yumroad.accounts.internal;

import com.yumroad.accounts.UserSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

@MappedEntity(value = "users", schema = "accounts")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String name,
        String passwordHash,
        int sessionVersion,
        @Nullable Instant emailVerifiedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public static User newUser(String email, String name, String passwordHash) {
        return new User(null, email, name, passwordHash, 0, null, null, null);
    }

    /** What other modules may know of this user, its times as PostgreSQL keeps them. */
    public UserSummary summary() {
        return new UserSummary(id, email, name, micros(createdAt), micros(updatedAt));
    }

    /** PostgreSQL keeps microseconds (rounded): a user just saved must equal the same user read back. */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", name=" + name + "]";
    }
}
