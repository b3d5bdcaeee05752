package com.yumroad.accounts.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

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

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", name=" + name + "]";
    }
}
