package com.yumroad.notifications.accounts;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.EmailAddresses;
import com.yumroad.accounts.Registration;
import com.yumroad.notifications.SmtpServerPerClass;
import com.yumroad.notifications.Smtp;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Address confirmation, password reset and change of address, from the request to the mail to the link. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.public-url", value = "https://shop.example.test")
@Property(name = "yumroad.limits.password-reset.per-client", value = "1000")
class AccountMailsTest extends SmtpServerPerClass {

    static final String SITE = "https://shop.example.test";
    static final String PASSWORD = "correct horse";

    @Inject
    Accounts accounts;
    @Inject
    EmailAddresses addresses;
    @Inject
    @Client("/")
    HttpClient client;

    static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    long register(String email, String name) {
        return accounts.register(new Registration(email, name, PASSWORD)).id();
    }

    static String link(Smtp.Received mail, String path) {
        Matcher matcher = Pattern.compile(Pattern.quote(SITE) + "(" + Pattern.quote(path) + "[A-Za-z0-9_-]+)")
                .matcher(mail.text());
        assertThat(matcher.find()).as("a link to " + path + " in " + mail.text()).isTrue();
        assertThat(mail.html()).contains("href=\"" + SITE + matcher.group(1) + "\"");
        return matcher.group(1);
    }

    @Test
    void aNewAccountIsAskedToConfirmItsAddressAndTheLinkConfirmsItOnce() {
        String email = email("new");
        long id = register(email, "Ada <Lovelace>");

        Smtp.Received mail = smtp.awaitOne(email, "Confirm your address");
        assertThat(mail.html()).contains("Ada &lt;Lovelace&gt;");
        assertThat(addresses.isVerified(id)).isFalse();
        String link = link(mail, "/email/confirm/");

        WebSession browser = new WebSession(client);
        assertThat(browser.get(link).body()).contains("Confirm that", email);
        HttpResponse<String> confirmed = browser.post(link, Map.of());
        assertThat(confirmed.code()).isEqualTo(303);
        assertThat(addresses.isVerified(id)).isTrue();
        assertThat(browser.get(link).code()).isEqualTo(410);
        assertThat(browser.post(link, Map.of()).code()).isEqualTo(410);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() {
        String email = email("forgetful");
        register(email, "Grace");
        WebSession oldSession = new WebSession(client).logIn(email, PASSWORD);
        String oldBearer = bearer(email, PASSWORD);
        assertThat(oldSession.get("/account").code()).isEqualTo(200);

        WebSession stranger = new WebSession(client);
        assertThat(stranger.get("/login").body()).contains("href=\"/password-reset\"");
        HttpResponse<String> asked = stranger.post("/password-reset", Map.of("email", email.toUpperCase()));
        assertThat(asked.code()).isEqualTo(200);
        assertThat(asked.body()).contains("If an account uses this address");

        Smtp.Received mail = smtp.awaitOne(email, "Set a new password");
        String link = link(mail, "/password-reset/");
        assertThat(stranger.get(link).body()).contains("Set a new password", email);
        assertThat(stranger.post(link, Map.of("newPassword", "short")).body()).contains("at least 8 characters");

        HttpResponse<String> reset = stranger.post(link, Map.of("newPassword", "battery staple"));
        assertThat(reset.code()).isEqualTo(303);
        assertThat(reset.header("Location")).isEqualTo("/login");

        assertThat(oldSession.get("/account").code()).as("the old session is dead").isEqualTo(303);
        assertThat(status(HttpRequest.GET("/api/v1/tokens").bearerAuth(oldBearer))).isEqualTo(401);
        assertThat(new WebSession(client).post("/login", Map.of("email", email, "password", PASSWORD)).code())
                .isEqualTo(401);
        new WebSession(client).logIn(email, "battery staple");
        assertThat(stranger.get(link).code()).as("the link works once").isEqualTo(410);
        assertThat(stranger.post(link, Map.of("newPassword", "another one!")).code()).isEqualTo(410);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String known = email("known");
        register(known, "Hedy");
        String unknown = email("nobody");

        HttpResponse<String> forKnown = new WebSession(client).post("/password-reset", Map.of("email", known));
        HttpResponse<String> forUnknown = new WebSession(client).post("/password-reset", Map.of("email", unknown));
        assertThat(forUnknown.code()).isEqualTo(forKnown.code());
        assertThat(withoutTokens(forUnknown.body(), unknown)).isEqualTo(withoutTokens(forKnown.body(), known));
        assertThat(status(HttpRequest.POST("/api/v1/auth/password-reset", Map.of("email", unknown)))).isEqualTo(202);
        assertThat(status(HttpRequest.POST("/api/v1/auth/password-reset", Map.of("email", known)))).isEqualTo(202);

        smtp.awaitOne(known, "Set a new password");
        assertThat(smtp.to(unknown)).isEmpty();
    }

    @Test
    void theApiConfirmsAResetWithTheMailedTokenAndOldTokensStopWorking() {
        String email = email("api");
        register(email, "Katherine");
        String before = bearer(email, PASSWORD);

        assertThat(status(HttpRequest.POST("/api/v1/auth/password-reset", Map.of("email", email)))).isEqualTo(202);
        String token = link(smtp.awaitOne(email, "Set a new password"), "/password-reset/")
                .substring("/password-reset/".length());

        assertThat(status(HttpRequest.POST("/api/v1/auth/password-reset/confirm",
                Map.of("token", token, "newPassword", "x")))).isEqualTo(422);
        assertThat(status(HttpRequest.POST("/api/v1/auth/password-reset/confirm",
                Map.of("token", token, "newPassword", "orbital mechanics")))).isEqualTo(204);
        assertThat(status(HttpRequest.GET("/api/v1/tokens").bearerAuth(before))).isEqualTo(401);
        assertThat(bearer(email, "orbital mechanics")).isNotBlank();
        HttpClientResponseException again = catchThrowableOfType(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/auth/password-reset/confirm",
                        Map.of("token", token, "newPassword", "orbital mechanics 2")), String.class),
                HttpClientResponseException.class);
        assertThat(again.getStatus().getCode()).isEqualTo(422);
        assertThat(again.getResponse().getBody(String.class).orElse("")).contains("\"token\"");
    }

    @Test
    void requestsAreLimitedPerEmailAlikeForKnownAndUnknownAddresses() {
        String unknown = email("limited");
        for (int i = 0; i < 3; i++) {
            assertThat(status(HttpRequest.POST("/api/v1/auth/password-reset", Map.of("email", unknown)))).isEqualTo(202);
        }
        assertThat(status(HttpRequest.POST("/api/v1/auth/password-reset", Map.of("email", unknown)))).isEqualTo(429);
        assertThat(new WebSession(client).post("/password-reset", Map.of("email", unknown)).code()).isEqualTo(429);
    }

    @Test
    void aNewAddressTakesEffectOnlyOnceConfirmedAndTheOldOneIsTold() {
        String old = email("mover");
        String fresh = email("moved");
        long id = register(old, "Margaret");
        WebSession session = new WebSession(client).logIn(old, PASSWORD);

        HttpResponse<String> wrong = session.post("/account/email", Map.of("email", fresh, "emailPassword", "nope"));
        assertThat(wrong.code()).isEqualTo(422);
        assertThat(wrong.body()).contains("Current password is not right");
        HttpResponse<String> asked = session.post("/account/email", Map.of("email", fresh, "emailPassword", PASSWORD));
        assertThat(asked.code()).isEqualTo(303);

        Smtp.Received mail = smtp.awaitOne(fresh, "Confirm your new address");
        assertThat(accounts.find(id).orElseThrow().email()).as("nothing changes before the link").isEqualTo(old);
        String link = link(mail, "/email/confirm/");
        assertThat(session.get(link).body()).contains("Make", fresh);
        assertThat(session.post(link, Map.of()).code()).isEqualTo(303);

        assertThat(accounts.find(id).orElseThrow().email()).isEqualTo(fresh);
        assertThat(addresses.isVerified(id)).isTrue();
        Smtp.Received told = smtp.awaitOne(old, "Your Yumroad address was changed");
        assertThat(told.text()).contains("now uses " + fresh);
        new WebSession(client).logIn(fresh, PASSWORD);
        assertThat(new WebSession(client).post("/login", Map.of("email", old, "password", PASSWORD)).code())
                .isEqualTo(401);
    }

    /** A page as it reads with the address typed and the form's CSRF token left out. */
    static String withoutTokens(String page, String email) {
        return page.replace(email, "X").replaceAll("value=\"[^\"]{20,}\"", "value=\"t\"");
    }

    String bearer(String email, String password) {
        @SuppressWarnings("unchecked")
        Map<String, Object> token = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", email, "password", password)), Map.class);
        return (String) token.get("accessToken");
    }

    int status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
