package com.yumroad.accounts.web;

import com.yumroad.accounts.UserSummary;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The API's User as sign-up answers it. */
@Serdeable
@Schema(name = "User", description = "A user as sign-up answers it")
record UserView(
        @Schema(requiredMode = REQUIRED, example = "3") long id,
        @Schema(requiredMode = REQUIRED, example = "ada@example.com") String email,
        @Schema(requiredMode = REQUIRED, example = "Ada") String name,
        @Schema(requiredMode = REQUIRED, example = "2026-11-30T09:15:00Z", description = "When the account was made")
        Instant createdAt,
        @Schema(requiredMode = REQUIRED, example = "2026-12-01T17:40:00Z",
                description = "Last change of its name, email or password") Instant updatedAt) {

    static UserView of(UserSummary user) {
        return new UserView(user.id(), user.email(), user.name(), user.createdAt(), user.updatedAt());
    }
}
