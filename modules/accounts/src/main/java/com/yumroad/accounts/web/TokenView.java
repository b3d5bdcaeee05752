package com.yumroad.accounts.web;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** An access token for {@code Authorization: Bearer}, valid for {@code expiresIn} seconds. */
@Serdeable
@Schema(name = "Token")
record TokenView(
        @Schema(requiredMode = REQUIRED, example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzIn0.c2lnbmF0dXJl")
        String accessToken,
        @Schema(requiredMode = REQUIRED, example = "Bearer", allowableValues = "Bearer") String tokenType,
        @Schema(requiredMode = REQUIRED, example = "3600", description = "Seconds until the token expires")
        long expiresIn) {
}
