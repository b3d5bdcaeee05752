package com.yumroad.accounts.tokens;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "NewAccessToken", description = "A personal access token to make")
record NewAccessToken(
        @Schema(description = "What the token is for, to tell it apart later", example = "Zapier", maxLength = 100)
        @Nullable String name,
        @Schema(description = "What the token may do: read, write_products, read_sales, manage_webhooks",
                example = "[\"read\", \"write_products\"]")
        @Nullable List<String> scopes,
        @Schema(description = "When the token stops working (in the future); none: it works until revoked",
                example = "2027-06-30T00:00:00Z")
        @Nullable Instant expiresAt) {
}
