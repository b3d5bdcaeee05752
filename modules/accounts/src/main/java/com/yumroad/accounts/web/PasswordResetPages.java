package com.yumroad.accounts.web;

import com.yumroad.accounts.PasswordResets;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.TooManyRequestsException;
import com.yumroad.kernel.http.Flash;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.security.FormTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * "Forgot password": ask for a link by email (the answer is the same whether the address has an account or not),
 * then, from the link, set a new password, which ends every session of the account, this browser's included.
 */
@Controller("/password-reset")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordResetPages {

    static final String SENT = "If an account uses this address, a link to set a new password is on its way. "
            + "It works once, for one hour.";

    private final PasswordResets resets;
    private final FormTokens forms;
    private final Flash flash;
    private final HttpClientAddressResolver clientAddress;
    private final AccessTokenCookieConfiguration tokenCookie;

    PasswordResetPages(PasswordResets resets, FormTokens forms, Flash flash, HttpClientAddressResolver clientAddress,
                       AccessTokenCookieConfiguration tokenCookie) {
        this.resets = resets;
        this.forms = forms;
        this.flash = flash;
        this.clientAddress = clientAddress;
        this.tokenCookie = tokenCookie;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return requestPage("", null, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> request(@Nullable String csrfToken, @Nullable String email, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        try {
            resets.request(email, clientAddress.resolve(request));
        } catch (TooManyRequestsException e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(requestPage(email, null, "Too many requests. Try again in " + e.retryAfterSeconds()
                            + " seconds."));
        }
        return HttpResponse.ok(requestPage(email, SENT, null));
    }

    @Get(value = "/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> newPasswordForm(@PathVariable String token) {
        return resets.check(token).<HttpResponse<?>>map(user -> HttpResponse.ok(newPasswordPage(token, user.email(),
                        FormErrors.none())))
                .orElseGet(() -> HttpResponse.status(HttpStatus.GONE).body(expiredPage()));
    }

    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reset(@PathVariable String token, @Nullable String csrfToken, @Nullable String newPassword,
                          HttpRequest<?> request) {
        forms.check(request, csrfToken);
        try {
            resets.reset(token, newPassword);
        } catch (InvalidInputException e) {
            if (e.errors().stream().anyMatch(error -> error.field().equals("token"))) {
                return HttpResponse.status(HttpStatus.GONE).body(expiredPage());
            }
            String email = resets.check(token).map(user -> user.email()).orElse("");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(newPasswordPage(token, email, FormErrors.of(e.errors())));
        }
        return flash.seeOther("/login", "Your password is changed and every session of yours has ended. "
                + "Log in with the new password.").cookie(WebLogout.loggedOut(tokenCookie));
    }

    private static ModelAndView<Map<String, Object>> requestPage(@Nullable String email, @Nullable String notice,
                                                                 @Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email == null ? "" : email);
        model.put("notice", notice);
        model.put("error", error);
        return new ModelAndView<>("accounts/forgot-password", model);
    }

    private static ModelAndView<Map<String, Object>> newPasswordPage(String token, String email,
                                                                     Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("email", email);
        model.put("errors", errors);
        return new ModelAndView<>("accounts/reset-password", model);
    }

    private static ModelAndView<Map<String, Object>> expiredPage() {
        Map<String, Object> model = new HashMap<>();
        model.put("email", "");
        model.put("error", "This link is used up or has expired. Ask for a new one below.");
        return new ModelAndView<>("accounts/forgot-password", model);
    }
}
