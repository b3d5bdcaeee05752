package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.EmailAddresses;
import com.yumroad.accounts.Sessions;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.CookieLoginHandler;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * The signed-in user's account: change name, email (confirmed from the new address) and password, delete the account
 * (after a confirmation page). The page shows the {@code sections} the site module adds to its model (mail
 * preferences...): accounts knows no module that depends on it.
 */
@Controller("/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountPages {

    private final Accounts accounts;
    private final Forms forms;
    private final AccessTokenCookieConfiguration tokenCookie;
    private final Sessions sessions;
    private final CookieLoginHandler logIns;
    private final EmailAddresses addresses;

    AccountPages(Accounts accounts, Forms forms, AccessTokenCookieConfiguration tokenCookie,
                 Sessions sessions, CookieLoginHandler logIns, EmailAddresses addresses) {
        this.addresses = addresses;
        this.sessions = sessions;
        this.logIns = logIns;
        this.accounts = accounts;
        this.forms = forms;
        this.tokenCookie = tokenCookie;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(Authentication caller) {
        UserSummary user = me(caller);
        return page(user, user.name(), FormErrors.none());
    }

    @Post(value = "/name", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rename(@Nullable String csrfToken, @Nullable String name, Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        return form.answer(() -> {
            accounts.rename(CurrentUser.id(caller), name);
            return form.done("/account", "Your name is saved.");
        }, errors -> page(me(caller), name, errors));
    }

    @Post(value = "/email", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeEmail(@Nullable String csrfToken, @Nullable String email, @Nullable String emailPassword,
                                Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken).renaming(Map.of("currentPassword", "emailPassword"));
        return form.answer(() -> {
            addresses.requestChange(CurrentUser.id(caller), email, emailPassword);
            return form.done("/account", "A link to confirm your new address is on its way to it. Your address "
                    + "changes when you follow the link.");
        }, errors -> {
            UserSummary user = me(caller);
            ModelAndView<Map<String, Object>> page = page(user, user.name(), errors);
            page.getModel().orElseThrow().put("newEmail", email == null ? "" : email);
            return page;
        });
    }

    @Post(value = "/email/confirmation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resendConfirmation(@Nullable String csrfToken, Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        addresses.resendConfirmation(CurrentUser.id(caller));
        return form.done("/account", "A new confirmation link is on its way to your address.");
    }

    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changePassword(@Nullable String csrfToken, @Nullable String currentPassword, @Nullable String newPassword,
                                   Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        return form.answer(() -> {
            accounts.changePassword(CurrentUser.id(caller), currentPassword, newPassword);
            // Every session ended with the change; this browser goes on in a new one.
            MutableHttpResponse<?> response = form.done("/account",
                    "Your password is changed. Every other session of yours has ended.");
            logIns.getCookies(sessions.start(CurrentUser.id(caller)), request).stream()
                    .filter(cookie -> cookie.getName().equals(tokenCookie.getCookieName()))
                    .forEach(response::cookie);
            return response;
        }, errors -> {
            UserSummary user = me(caller);
            return page(user, user.name(), errors);
        });
    }

    @Get(value = "/delete", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> confirmDeletion(Authentication caller) {
        return new ModelAndView<>("accounts/delete", new HashMap<>(Map.of("user", me(caller))));
    }

    /** Deletes the account with its store and products, and logs the browser out. */
    @Post(value = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> delete(@Nullable String csrfToken, Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        accounts.delete(CurrentUser.id(caller));
        return form.done("/", "Your account, your store and its products are deleted.")
                .cookie(WebLogout.loggedOut(tokenCookie));
    }

    private UserSummary me(Authentication caller) {
        long id = CurrentUser.id(caller);
        return accounts.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private ModelAndView<Map<String, Object>> page(UserSummary user, @Nullable String name,
                                                   Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("verified", addresses.isVerified(user.id()));
        model.put("newEmail", "");
        model.put("name", name == null ? "" : name);
        model.put("errors", errors);
        return new ModelAndView<>("accounts/account", model);
    }
}
