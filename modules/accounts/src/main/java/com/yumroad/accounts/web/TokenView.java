package com.yumroad.accounts.web;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An access token for {@code Authorization: Bearer}, valid for {@code expiresIn} seconds. */
@Serdeable
@Schema(name = "Token")
record TokenView(@Schema(example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzIn0.c2lnbmF0dXJl") String accessToken,
                 @Schema(example = "Bearer", allowableValues = "Bearer") String tokenType,
                 @Schema(example = "3600", description = "Seconds until the token expires") long expiresIn) {
}
