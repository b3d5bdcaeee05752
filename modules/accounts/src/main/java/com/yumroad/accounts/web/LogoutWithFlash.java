package com.yumroad.accounts.web;

import com.yumroad.kernel.web.Flash;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieClearerLogoutHandler;
import jakarta.inject.Singleton;

/** Micronaut's log-out (POST /logout clears the cookie and redirects home), telling the user it happened. */
@Singleton
@Replaces(TokenCookieClearerLogoutHandler.class)
@Requires(property = "micronaut.security.authentication", value = "cookie")
class LogoutWithFlash extends TokenCookieClearerLogoutHandler {

    private final Flash flash;

    LogoutWithFlash(AccessTokenCookieConfiguration accessToken, RefreshTokenCookieConfiguration refreshToken,
                    RedirectConfiguration redirect, RedirectService redirects, Flash flash) {
        super(accessToken, refreshToken, redirect, redirects);
        this.flash = flash;
    }

    @Override
    public MutableHttpResponse<?> logout(HttpRequest<?> request) {
        return super.logout(request).cookie(flash.cookie("You are logged out."));
    }
}
