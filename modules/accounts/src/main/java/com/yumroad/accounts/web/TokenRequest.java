package com.yumroad.accounts.web;

import com.yumroad.accounts.internal.AccountRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/v1/auth/token. Missing or oversized fields answer 422 before any password is checked. */
@Serdeable
record TokenRequest(
        @Nullable @NotBlank(message = "Email is required") @Size(max = AccountRules.MAX_EMAIL) String email,
        @Nullable @NotBlank(message = "Password is required") @Size(max = AccountRules.MAX_PASSWORD) String password) {

    @Override
    public String toString() {
        return "TokenRequest[email=" + email + "]";
    }
}
