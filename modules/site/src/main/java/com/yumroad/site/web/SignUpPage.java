package com.yumroad.site.web;

import com.yumroad.accounts.Registration;
import com.yumroad.accounts.Sessions;
import com.yumroad.accounts.SignUpLimit;
import com.yumroad.kernel.limits.Attempt;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.http.Flash;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import com.yumroad.storefront.NewStore;
import com.yumroad.site.SellerSignUp;
import com.yumroad.storefront.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Sign up: the account and its store in one form; success logs the new seller in and opens the dashboard. */
@Controller("/signup")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignUpPage {

    private final SellerSignUp sellers;
    private final Flash flash;
    private final Forms forms;
    private final RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> cookies;
    private final Sessions sessions;
    private final SignUpLimit signUps;
    private final HttpClientAddressResolver clientAddress;

    SignUpPage(SellerSignUp sellers, Flash flash, Forms forms,
               RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> cookies, Sessions sessions,
               SignUpLimit signUps, HttpClientAddressResolver clientAddress) {
        this.sessions = sessions;
        this.signUps = signUps;
        this.clientAddress = clientAddress;
        this.sellers = sellers;
        this.flash = flash;
        this.forms = forms;
        this.cookies = cookies;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(@Nullable Authentication caller) {
        if (caller != null) {
            return HttpResponse.seeOther(URI.create("/dashboard"));
        }
        return HttpResponse.ok(page(new SignUpForm("", "", ""), FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signUp(@Nullable String csrfToken, @Nullable String email, @Nullable String name, @Nullable String password,
                           @Nullable String storeName, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        SignUpForm typed = new SignUpForm(email, name, storeName);
        Attempt attempt = signUps.begin(clientAddress.resolve(request));
        return form.answer(() -> {
            Store store;
            try {
                store = sellers.signUp(new Registration(email, name, password), new NewStore(storeName, null));
            } catch (ConflictException e) {
                throw new InvalidInputException(e.field(), e.getMessage());
            }
            attempt.succeeded();
            return cookies.loginSuccess(sessions.start(store.ownerId()), request)
                    .status(HttpStatus.SEE_OTHER)
                    .headers(headers -> headers.location(URI.create("/dashboard")))
                    .cookie(flash.cookie("Welcome to Yumroad! Your store " + store.name() + " is open."));
        }, errors -> page(typed, errors));
    }

    private static ModelAndView<Map<String, Object>> page(SignUpForm typed, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", typed);
        model.put("errors", errors);
        return new ModelAndView<>("site/signup", model);
    }

    /** What was typed, shown again after an error: never the password. */
    record SignUpForm(String email, String name, String storeName) {
        SignUpForm {
            email = email == null ? "" : email;
            name = name == null ? "" : name;
            storeName = storeName == null ? "" : storeName;
        }
    }
}
