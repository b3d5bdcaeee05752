package com.yumroad.accounts.web;

import com.yumroad.accounts.internal.AccountRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "PasswordResetConfirmation")
record PasswordResetConfirmation(
        @Schema(description = "The token from the mailed link: /password-reset/{token}")
        @Nullable @NotBlank(message = "Token is required") @Size(max = 100) String token,
        @Schema(example = "battery staple") @Nullable @Size(max = AccountRules.MAX_PASSWORD) String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[...]";
    }
}
