package com.yumroad.accounts.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** POST /api/v1/users. Fields are checked by the accounts rules, so a missing one answers 422 with its name. */
@Serdeable
@Schema(name = "SignUp")
record SignUp(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ada@example.com",
                description = "Stored trimmed and lower-cased; at most 254 characters") @Nullable String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "correct horse",
                description = "8 to 128 characters") @Nullable String password,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Ada", description = "At most 100 characters")
        @Nullable String name) {

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", name=" + name + "]";
    }
}
