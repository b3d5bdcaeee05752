package com.yumroad.accounts.web;

import com.yumroad.accounts.UserSummary;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The API's User as sign-up answers it. */
@Serdeable
@Schema(name = "User", description = "A user as sign-up answers it")
record UserView(@Schema(example = "3") long id, @Schema(example = "ada@example.com") String email,
                @Schema(example = "Ada") String name) {

    static UserView of(UserSummary user) {
        return new UserView(user.id(), user.email(), user.name());
    }
}
