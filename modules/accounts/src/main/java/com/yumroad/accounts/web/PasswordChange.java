package com.yumroad.accounts.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[...]";
    }
}
