package com.yumroad.accounts.tokens;

import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.scopes.Scope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Personal access tokens on the account page: make one (its secret shown on the answer page, once), see each
 * token's scopes, expiry and last use, revoke one.
 */
@Controller("/account/tokens")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccessTokenPages {

    /** The expiry choices of the form: days, 0 for none. */
    static final List<Integer> EXPIRY_DAYS = List.of(30, 90, 365, 0);

    private final PersonalAccessTokens tokens;
    private final Forms forms;

    AccessTokenPages(PersonalAccessTokens tokens, Forms forms) {
        this.tokens = tokens;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(Authentication caller) {
        return page(caller, "", List.of(Scope.READ.key()), 90, FormErrors.none(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(@Nullable String csrfToken, @Nullable String name, @Nullable List<String> scopes,
                           @Nullable Integer expiresInDays, Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        List<String> chosen = scopes == null ? List.of() : scopes;
        int days = expiresInDays == null || !EXPIRY_DAYS.contains(expiresInDays) ? 0 : expiresInDays;
        Instant expiresAt = days == 0 ? null : Instant.now().plus(Duration.ofDays(days));
        return form.answer(() -> {
            IssuedAccessToken issued = tokens.create(CurrentUser.id(caller), new NewAccessToken(name, chosen, expiresAt));
            return HttpResponse.ok(page(caller, "", List.of(Scope.READ.key()), 90, FormErrors.none(), issued))
                    .header("Cache-Control", "no-store");
        }, errors -> page(caller, name, chosen, days, errors, null));
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> revoke(@Nullable String csrfToken, @PathVariable long id, Authentication caller,
                           HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        try {
            tokens.revoke(CurrentUser.id(caller), id);
        } catch (NotFoundException e) {
            return form.done("/account/tokens", "That token was already revoked.");
        }
        return form.done("/account/tokens", "The token is revoked: it no longer works.");
    }

    private ModelAndView<Map<String, Object>> page(Authentication caller, @Nullable String name, List<String> scopes,
                                                   int days, Map<String, String> errors,
                                                   @Nullable IssuedAccessToken issued) {
        Map<String, Object> model = new HashMap<>();
        model.put("tokens", tokens.list(CurrentUser.id(caller)));
        model.put("allScopes", List.of(Scope.values()));
        model.put("name", name == null ? "" : name);
        model.put("chosenScopes", scopes);
        model.put("expiryChoices", EXPIRY_DAYS);
        model.put("expiresInDays", days);
        model.put("errors", errors);
        model.put("issued", issued);
        return new ModelAndView<>("accounts/tokens", model);
    }
}
