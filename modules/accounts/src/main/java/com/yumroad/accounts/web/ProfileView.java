package com.yumroad.accounts.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.accounts.UserSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The API's User as /users/me answers it: {@code storeId} is always present, null when the user has no store. */
@Serdeable
record ProfileView(long id, String email, String name,
                   @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long storeId) {

    static ProfileView of(UserSummary user, @Nullable Long storeId) {
        return new ProfileView(user.id(), user.email(), user.name(), storeId);
    }
}
