package com.yumroad.accounts.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** POST /api/v1/users. Fields are checked by the accounts rules, so a missing one answers 422 with its name. */
@Serdeable
record SignUp(@Nullable String email, @Nullable String password, @Nullable String name) {

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", name=" + name + "]";
    }
}
