package com.yumroad.accounts.web;

import com.yumroad.accounts.Sessions;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.FormTokens;
import com.yumroad.kernel.http.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;

/**
 * Log-out: a form (the CSRF token is checked, so no other site can log a user out) that ends every session of the
 * user (this browser's cookie, other browsers', bearer tokens: {@link Sessions#revokeAll}), clears the JWT cookie and
 * goes home with a message. It replaces Micronaut's logout endpoint, which cannot check the form's token.
 */
@Controller("/logout")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class WebLogout {

    private final FormTokens forms;
    private final Flash flash;
    private final AccessTokenCookieConfiguration tokenCookie;
    private final Sessions sessions;

    WebLogout(FormTokens forms, Flash flash, AccessTokenCookieConfiguration tokenCookie, Sessions sessions) {
        this.sessions = sessions;
        this.forms = forms;
        this.flash = flash;
        this.tokenCookie = tokenCookie;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> logOut(@Nullable String csrfToken, @Nullable Authentication caller, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        if (caller != null) {
            sessions.revokeAll(CurrentUser.id(caller));
        }
        return flash.seeOther("/", "You are logged out.").cookie(loggedOut(tokenCookie));
    }

    /** The JWT cookie, expired: the browser drops it. */
    static Cookie loggedOut(AccessTokenCookieConfiguration tokenCookie) {
        return Cookie.of(tokenCookie.getCookieName(), "").path(tokenCookie.getCookiePath().orElse("/"))
                .httpOnly(true).maxAge(0);
    }
}
