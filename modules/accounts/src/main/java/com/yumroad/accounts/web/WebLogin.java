package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Sessions;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.TooManyRequestsException;
import com.yumroad.kernel.limits.Attempt;
import com.yumroad.kernel.security.FormTokens;
import com.yumroad.kernel.security.SafeRedirect;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The log-in page. A successful POST sets the JWT cookie (Micronaut's cookie login handler: HttpOnly, SameSite=Lax,
 * Secure over https) and answers 303 to the page that asked for log-in when that is a path on this site, else "/".
 * The form's CSRF token is checked like every form's (before log-in it is a pre-session token: its cookie came
 * with the log-in page), and log-in gives the browser a new one. Log-out is accounts' POST /logout.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class WebLogin {

    static final String FAILED = "Wrong email or password.";

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final HttpClientAddressResolver clientAddress;
    private final RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> cookies;
    private final FormTokens forms;

    WebLogin(Accounts accounts, Sessions sessions, LoginThrottle throttle, HttpClientAddressResolver clientAddress,
             RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> cookies, FormTokens forms) {
        this.forms = forms;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.cookies = cookies;
    }

    static final String EXPIRED = "Your session expired. Log in again to continue where you were.";

    /** {@code ?expired}: a form was sent after the session ended; say so (after log-in, {@code next} is the form). */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@QueryValue @Nullable String next, @QueryValue @Nullable String expired) {
        ModelAndView<Map<String, Object>> page = page(next, "", null);
        if (expired != null) {
            page.getModel().orElseThrow().put("notice", EXPIRED);
        }
        return page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> logIn(@Nullable String csrfToken, @Nullable String email, @Nullable String password,
                          @Nullable String next, HttpRequest<?> request) {
        forms.check(request, csrfToken); // a pre-session token: no other site can log this browser in
        Attempt attempt;
        try {
            attempt = throttle.begin(clientAddress.resolve(request), email);
        } catch (TooManyRequestsException e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(page(next, email, "Too many attempts. Try again in " + e.retryAfterSeconds() + " seconds."));
        }
        Optional<UserSummary> user = accounts.authenticate(email, password);
        if (user.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(page(next, email, FAILED));
        }
        attempt.succeeded();
        return cookies.loginSuccess(sessions.start(user.get().id()), request)
                .status(HttpStatus.SEE_OTHER)
                .headers(headers -> headers.location(URI.create(SafeRedirect.orHome(next))));
    }

    private static ModelAndView<Map<String, Object>> page(@Nullable String next, @Nullable String email,
                                                          @Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", SafeRedirect.orHome(next));
        model.put("email", email == null ? "" : email);
        model.put("error", error);
        return new ModelAndView<>("accounts/login", model);
    }
}
