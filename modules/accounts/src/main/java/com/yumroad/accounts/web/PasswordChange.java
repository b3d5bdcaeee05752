package com.yumroad.accounts.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "PasswordChange")
record PasswordChange(@Schema(example = "correct horse") @Nullable String currentPassword,
                      @Schema(example = "battery staple") @Nullable String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[...]";
    }
}
