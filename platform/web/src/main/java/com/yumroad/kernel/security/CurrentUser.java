package com.yumroad.kernel.security;

import io.micronaut.security.authentication.Authentication;

/** Tokens name their user by id (the JWT {@code sub}); this reads it back. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static long id(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }

    public static Authentication of(long userId) {
        return Authentication.build(Long.toString(userId));
    }
}
