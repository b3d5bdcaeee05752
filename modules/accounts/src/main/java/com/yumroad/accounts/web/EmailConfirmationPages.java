package com.yumroad.accounts.web;

import com.yumroad.accounts.EmailAddresses;
import com.yumroad.accounts.EmailConfirmation;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.http.Flash;
import com.yumroad.kernel.security.FormTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * A mailed confirmation link: the page asks for one click (a POST), so that a mail scanner fetching the link
 * confirms nothing. Works without logging in: the link is the proof.
 */
@Controller("/email/confirm/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmailConfirmationPages {

    private final EmailAddresses addresses;
    private final FormTokens forms;
    private final Flash flash;

    EmailConfirmationPages(EmailAddresses addresses, FormTokens forms, Flash flash) {
        this.addresses = addresses;
        this.forms = forms;
        this.flash = flash;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(@PathVariable String token) {
        return addresses.check(token).<HttpResponse<?>>map(confirmation -> HttpResponse.ok(page(token, confirmation,
                        null)))
                .orElseGet(() -> HttpResponse.status(HttpStatus.GONE).body(page(token, null,
                        "This link is used up or has expired. Ask for a new one from your account page.")));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(@PathVariable String token, @Nullable String csrfToken, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        EmailConfirmation done;
        try {
            done = addresses.confirm(token);
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.GONE).body(page(token, null, e.errors().get(0).message()));
        }
        return flash.seeOther("/", done.change() ? "Your account's address is now " + done.email() + "."
                : "Your address " + done.email() + " is confirmed.");
    }

    private static ModelAndView<Map<String, Object>> page(String token, @Nullable EmailConfirmation confirmation,
                                                          @Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("confirmation", confirmation);
        model.put("error", error);
        return new ModelAndView<>("accounts/confirm-email", model);
    }
}
