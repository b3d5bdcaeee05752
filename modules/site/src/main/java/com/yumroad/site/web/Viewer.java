package com.yumroad.site.web;

import com.yumroad.kernel.security.CurrentUser;
import io.micronaut.security.authentication.Authentication;

/** Who is looking at a public page: a user's id, or -1 for a visitor who is not logged in. */
final class Viewer {

    static final long NOBODY = -1;

    private Viewer() {
    }

    static long id(Authentication caller) {
        return caller == null ? NOBODY : CurrentUser.id(caller);
    }
}
