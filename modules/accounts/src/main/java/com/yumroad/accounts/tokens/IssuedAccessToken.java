package com.yumroad.accounts.tokens;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IssuedAccessToken", description = "A token just made: the only answer that ever shows its secret")
record IssuedAccessToken(
        @Schema(example = "12") long id,
        @Schema(example = "Zapier") String name,
        @Schema(description = "The secret, for `Authorization: Bearer`; shown this once, stored only as a hash",
                example = "yr_pat_Xk3qW0bS9m2hVd1Lr8pT4yN6cZ5aE7fJ0uQ3iO2gH1k") String token,
        @Schema(example = "yr_pat_Xk3q…") String hint,
        @Schema(example = "[\"read\", \"write_products\"]") List<String> scopes,
        @Schema(example = "2026-12-02T08:00:00Z") Instant createdAt,
        @Schema(description = "null: no expiry", example = "2027-06-30T00:00:00Z") @Nullable Instant expiresAt) {

    static IssuedAccessToken of(AccessTokenView view, String secret) {
        return new IssuedAccessToken(view.id(), view.name(), secret, view.hint(), view.scopes(), view.createdAt(),
                view.expiresAt());
    }
}
