package com.yumroad.notifications.accounts;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.notifications.SmtpServerPerClass;
import com.yumroad.notifications.Smtp;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password-reset limits at their configured defaults (3 an hour per email, 10 an hour per client): the answers
 * never tell a known address from an unknown one, and a request over a limit sends no mail. Each client is named by
 * the X-Forwarded-For of a proxy trusted here only (this machine).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "yumroad.proxies.trusted", value = "127.0.0.1")
class PasswordResetLimitsTest extends SmtpServerPerClass {

    static final String RESET = "/api/v1/auth/password-reset";
    static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    Accounts accounts;
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void threeRequestsAnHourPerEmailFromAnyClientsAndNoFourthMail() throws InterruptedException {
        String known = email("known");
        accounts.register(new Registration(known, "Known", "correct horse"));
        String unknown = email("unknown");

        for (int i = 0; i < 3; i++) {
            assertThat(status(RESET, known, newClient())).as("request %d for the known address", i + 1).isEqualTo(202);
            assertThat(status(RESET, unknown, newClient())).as("request %d for the unknown address", i + 1)
                    .isEqualTo(202);
        }
        assertThat(smtp.awaitAll(known, "Set a new password", 3)).hasSize(3);

        Answer knownOver = answer(RESET, known, newClient());
        Answer unknownOver = answer(RESET, unknown, newClient());
        assertThat(knownOver.status()).isEqualTo(429);
        assertThat(unknownOver).isEqualTo(knownOver);
        HttpResponse<String> knownPage = form(known, newClient());
        HttpResponse<String> unknownPage = form(unknown, newClient());
        assertThat(knownPage.code()).isEqualTo(429);
        assertThat(unknownPage.code()).isEqualTo(429);
        assertThat(seconds(AccountMailsTest.withoutTokens(unknownPage.body(), unknown)))
                .isEqualTo(seconds(AccountMailsTest.withoutTokens(knownPage.body(), known)));
        assertThat(unknownPage.body()).contains("Too many requests").doesNotContain("If an account uses this address");

        Thread.sleep(1000); // time for a mail that should not be sent to arrive all the same
        assertThat(resetMails(known)).hasSize(3);
        assertThat(smtp.to(unknown)).isEmpty();
    }

    @Test
    void tenRequestsAnHourPerClientWhateverTheEmailAndNoEleventhMail() throws InterruptedException {
        String client = newClient();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = email("client-" + i);
            if (i % 2 == 0) {
                accounts.register(new Registration(email, "Someone", "correct horse"));
                asked.add(email);
            }
            assertThat(status(RESET, email, client)).as("request %d of one client", i + 1).isEqualTo(202);
        }
        String knownEleventh = email("eleventh");
        accounts.register(new Registration(knownEleventh, "Eleventh", "correct horse"));
        String unknownEleventh = email("nobody");

        Answer known = answer(RESET, knownEleventh, client);
        Answer unknown = answer(RESET, unknownEleventh, client);
        assertThat(known.status()).isEqualTo(429);
        assertThat(unknown).isEqualTo(known);
        assertThat(form(knownEleventh, client).code()).isEqualTo(429);
        assertThat(status(RESET, knownEleventh, newClient())).as("another client is not held back").isEqualTo(202);

        for (String email : asked) {
            smtp.awaitOne(email, "Set a new password");
        }
        smtp.awaitOne(knownEleventh, "Set a new password");
        Thread.sleep(1000);
        assertThat(resetMails(knownEleventh)).as("only the other client's request was mailed").hasSize(1);
        assertThat(smtp.to(unknownEleventh)).isEmpty();
    }

    List<Smtp.Received> resetMails(String address) {
        return smtp.to(address).stream().filter(mail -> mail.subject().startsWith("Set a new password")).toList();
    }

    /** What a client can see of an answer: its status, its Retry-After and its body without the address typed. */
    record Answer(int status, String retryAfter, String body) {
    }

    Answer answer(String path, String email, String from) {
        try {
            HttpResponse<String> ok = client.toBlocking().exchange(request(path, email, from), String.class);
            return new Answer(ok.code(), ok.header("Retry-After") == null ? null : "set",
                    seconds(ok.getBody(String.class).orElse("").replace(email, "X")));
        } catch (HttpClientResponseException e) {
            HttpResponse<?> refused = e.getResponse();
            return new Answer(refused.code(), refused.header("Retry-After") == null ? null : "set",
                    seconds(refused.getBody(String.class).orElse("").replace(email, "X")));
        }
    }

    int status(String path, String email, String from) {
        return answer(path, email, from).status();
    }

    HttpResponse<String> form(String email, String from) {
        return new WebSession(client).header("X-Forwarded-For", from).post("/password-reset", Map.of("email", email));
    }

    /** The wait a refusal names counts down by the second: two refusals a moment apart may differ there only. */
    static String seconds(String text) {
        return text.replaceAll("\\d+ seconds", "N seconds");
    }

    static MutableHttpRequest<?> request(String path, String email, String from) {
        return HttpRequest.POST(path, Map.of("email", email)).header("X-Forwarded-For", from);
    }

    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51.100." + n;
    }

    static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }
}
