package com.yumroad.accounts.web;

import com.yumroad.accounts.internal.AccountRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "PasswordResetRequest")
record PasswordResetRequest(
        @Schema(example = "ada@example.com")
        @Nullable @NotBlank(message = "Email is required") @Size(max = AccountRules.MAX_EMAIL) String email) {
}
