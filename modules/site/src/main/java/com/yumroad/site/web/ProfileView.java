package com.yumroad.site.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.accounts.UserSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The API's User as /users/me answers it: {@code storeId} is always present, null when the user has no store. */
@Serdeable
@Schema(name = "Profile", description = "The caller's own account")
record ProfileView(
        @Schema(requiredMode = REQUIRED, example = "3") long id,
        @Schema(requiredMode = REQUIRED, example = "ada@example.com") String email,
        @Schema(requiredMode = REQUIRED, example = "Ada") String name,
        @Schema(requiredMode = REQUIRED, example = "7", description = "The caller's store; null until they open one")
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long storeId,
        @Schema(requiredMode = REQUIRED, example = "2026-11-30T09:15:00Z", description = "When the account was made")
        Instant createdAt,
        @Schema(requiredMode = REQUIRED, example = "2026-12-01T17:40:00Z",
                description = "Last change of its name, email or password") Instant updatedAt) {

    static ProfileView of(UserSummary user, @Nullable Long storeId) {
        return new ProfileView(user.id(), user.email(), user.name(), storeId, user.createdAt(), user.updatedAt());
    }
}
