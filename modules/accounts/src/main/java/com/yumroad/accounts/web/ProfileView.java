package com.yumroad.accounts.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.accounts.UserSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The API's User as /users/me answers it: {@code storeId} is always present, null when the user has no store. */
@Serdeable
@Schema(name = "Profile", description = "The caller's own account")
record ProfileView(@Schema(example = "3") long id, @Schema(example = "ada@example.com") String email,
                   @Schema(example = "Ada") String name,
                   @Schema(example = "7", description = "The caller's store; null until they open one")
                   @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long storeId) {

    static ProfileView of(UserSummary user, @Nullable Long storeId) {
        return new ProfileView(user.id(), user.email(), user.name(), storeId);
    }
}
