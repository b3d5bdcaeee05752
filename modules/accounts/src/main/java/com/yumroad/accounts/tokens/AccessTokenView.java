package com.yumroad.accounts.tokens;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.kernel.security.scopes.Scope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AccessToken", description = "A personal access token (never its secret)")
record AccessTokenView(
        @Schema(example = "12") long id,
        @Schema(example = "Zapier") String name,
        @Schema(description = "The secret's first characters, to recognise it", example = "yr_pat_Xk3q…") String hint,
        @Schema(example = "[\"read\", \"write_products\"]") List<String> scopes,
        @Schema(example = "2026-12-02T08:00:00Z") Instant createdAt,
        @Schema(description = "null: no expiry", example = "2027-06-30T00:00:00Z") @Nullable Instant expiresAt,
        @Schema(description = "Last request made with it, to the minute; null: never used",
                example = "2026-12-02T09:14:00Z") @Nullable Instant lastUsedAt) {

    static AccessTokenView of(AccessToken token) {
        return new AccessTokenView(token.id(), token.name(), token.hint(),
                Arrays.stream(token.scopes().split(" ")).toList(), token.createdAt(), token.expiresAt(),
                token.lastUsedAt());
    }

    List<Scope> grants() {
        return scopes.stream().flatMap(s -> Scope.ofKey(s).stream()).toList();
    }
}
