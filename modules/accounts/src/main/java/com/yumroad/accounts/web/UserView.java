package com.yumroad.accounts.web;

import com.yumroad.accounts.UserSummary;
import io.micronaut.serde.annotation.Serdeable;

/** The API's User as sign-up answers it. */
@Serdeable
record UserView(long id, String email, String name) {

    static UserView of(UserSummary user) {
        return new UserView(user.id(), user.email(), user.name());
    }
}
