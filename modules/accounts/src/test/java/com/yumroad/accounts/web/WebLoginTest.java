package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.yumroad.accounts.web.ApiCalls.call;
import static com.yumroad.accounts.web.ApiCalls.page;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "web-login-test", value = "on")
class WebLoginTest implements FreshDatabase {

    /** A page that needs log-in, standing in for the web UI's. */
    @Controller("/members")
    @Requires(property = "web-login-test", value = "on")
    static class MembersPage {
        @Get(produces = MediaType.TEXT_HTML)
        @Secured(SecurityRule.IS_AUTHENTICATED)
        String members() {
            return "members only";
        }
    }

    /** What a browser sends when it submits a form. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    BlockingHttpClient http;

    @BeforeAll
    void aUser() {
        http = client.toBlocking();
        accounts.register(new Registration("web@example.com", "Web", "correct horse"));
    }

    @Test
    void theLogInPageHasLabelledFieldsAndGivesTheBrowserItsCsrfToken() {
        HttpResponse<String> response = page(http, HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE));

        assertThat(response.code()).isEqualTo(200);
        String html = response.getBody().orElseThrow();
        assertThat(html).contains("<label for=\"email\">").contains("id=\"email\"")
                .contains("<label for=\"password\">").contains("id=\"password\"").contains("action=\"/login\"");
        Cookie csrf = response.getCookie("csrfToken").orElseThrow();
        assertThat(html).contains("name=\"csrfToken\" value=\"" + csrf.getValue() + "\"");
    }

    @Test
    void logInSetsAnHttpOnlySameSiteLaxCookieAndGoesBackToThePageThatAsked() {
        HttpResponse<String> response = logIn("web@example.com", "correct horse", "/members?tab=1");

        assertThat(response.code()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location")).isEqualTo("/members?tab=1");
        String setCookie = jwtSetCookie(response);
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        Cookie jwt = response.getCookie("JWT").orElseThrow();
        assertThat(page(http, HttpRequest.GET("/members").cookie(jwt)).getBody()).contains("members only");
    }

    @Test
    void logInNeedsTheFormsPreSessionTokenSoNoOtherSiteCanLogABrowserIn() {
        Cookie csrf = page(http, HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE))
                .getCookie("csrfToken").orElseThrow();
        Map<String, String> credentials = Map.of("email", "web@example.com", "password", "correct horse");

        HttpResponse<String> noCookie = page(http, form("/login", withToken(credentials, csrf.getValue())));
        HttpResponse<String> noToken = page(http, form("/login", credentials).cookie(csrf));
        HttpResponse<String> forged = page(http, form("/login", withToken(credentials, "forged")).cookie(csrf));

        for (HttpResponse<String> refused : List.of(noCookie, noToken, forged)) {
            assertThat(refused.code()).isEqualTo(403);
            assertThat(refused.getCookie("JWT")).isEmpty();
            assertThat(refused.getBody().orElseThrow()).contains("Please send the form again");
        }
    }

    @Test
    void logInGivesTheBrowserANewCsrfToken() {
        Cookie before = page(http, HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE))
                .getCookie("csrfToken").orElseThrow();
        HttpResponse<String> loggedIn = page(http, form("/login", withToken(Map.of("email", "web@example.com",
                "password", "correct horse"), before.getValue())).cookie(before));

        assertThat(loggedIn.code()).isEqualTo(303);
        assertThat(loggedIn.getCookie("csrfToken").orElseThrow().getValue()).isNotEqualTo(before.getValue());
    }

    private static Map<String, String> withToken(Map<String, String> fields, String token) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("csrfToken", token);
        return all;
    }

    @Test
    void anotherSiteIsNeverTheTargetAfterLogIn() {
        for (String next : List.of("https://evil.example/", "//evil.example/", "/\\evil.example")) {
            assertThat(logIn("web@example.com", "correct horse", next).getHeaders().get("Location")).isEqualTo("/");
        }
        assertThat(logIn("web@example.com", "correct horse", null).getHeaders().get("Location")).isEqualTo("/");
    }

    @Test
    void aPageThatNeedsLogInSendsTheBrowserToTheLogInPageWithTheWayBack() {
        HttpResponse<String> response = page(http, HttpRequest.GET("/members?tab=1").accept(MediaType.TEXT_HTML_TYPE));

        assertThat(response.code()).isEqualTo(303);
        assertThat(response.getHeaders().get("Location")).isEqualTo("/login?next=%2Fmembers%3Ftab%3D1");
        assertThat(page(http, HttpRequest.GET("/login?next=%2Fmembers%3Ftab%3D1").accept(MediaType.TEXT_HTML_TYPE))
                .getBody().orElseThrow()).contains("name=\"next\" value=\"/members?tab=1\"");
    }

    @Test
    void aWrongEmailAndAWrongPasswordShowTheSameMessageAndSetNoCookie() {
        HttpResponse<String> wrongPassword = logIn("web@example.com", "wrong horse", "/");
        HttpResponse<String> wrongEmail = logIn("nobody@example.com", "correct horse", "/");

        for (HttpResponse<String> failed : List.of(wrongPassword, wrongEmail)) {
            assertThat(failed.code()).isEqualTo(401);
            assertThat(failed.getBody().orElseThrow()).contains(WebLogin.FAILED).contains("role=\"alert\"");
            assertThat(failed.getCookie("JWT")).isEmpty();
        }
    }

    @Test
    void theLogInCookieDoesNotAuthenticateTheApi() {
        Cookie jwt = logIn("web@example.com", "correct horse", "/").getCookie("JWT").orElseThrow();

        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").cookie(jwt)).code()).isEqualTo(401);
    }

    @Test
    void logOutIsAFormThatNeedsTheCsrfTokenAndClearsTheCookie() {
        Cookie jwt = logIn("web@example.com", "correct horse", "/").getCookie("JWT").orElseThrow();
        Cookie csrf = page(http, HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE))
                .getCookie("csrfToken").orElseThrow();

        HttpResponse<String> withoutToken = page(http, form("/logout", Map.of()).cookie(jwt).cookie(csrf));
        HttpResponse<String> wrongToken = page(http, form("/logout", Map.of("csrfToken", "forged." + csrf.getValue()))
                .cookie(jwt).cookie(csrf));
        HttpResponse<String> withToken = page(http, form("/logout", Map.of("csrfToken", csrf.getValue()))
                .cookie(jwt).cookie(csrf));

        assertThat(withoutToken.code()).isEqualTo(403);
        assertThat(wrongToken.code()).isEqualTo(403);
        assertThat(withToken.code()).isIn(302, 303);
        assertThat(jwtSetCookie(withToken)).containsIgnoringCase("Max-Age=0");
    }

    private HttpResponse<String> logIn(String email, String password, String next) {
        Cookie csrf = page(http, HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE))
                .getCookie("csrfToken").orElseThrow();
        Map<String, String> fields = new HashMap<>(Map.of("email", email, "password", password,
                "csrfToken", csrf.getValue()));
        if (next != null) {
            fields.put("next", next);
        }
        return page(http, form("/login", fields).cookie(csrf));
    }

    private static MutableHttpRequest<?> form(String path, Map<String, String> fields) {
        return HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept", BROWSER_ACCEPT);
    }

    private static String jwtSetCookie(HttpResponse<?> response) {
        return response.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith("JWT="))
                .findFirst().orElseThrow(() -> new AssertionError("no JWT cookie set"));
    }
}
