package com.yumroad.notifications.outbox;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.PasswordResets;
import com.yumroad.accounts.Registration;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 5xx answer is a bad address for good: the mail is marked refused and never tried again, and the address goes on
 * notifications' block list, so later mail to it is marked suppressed without a connection to the server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.events.first-retry-delay", value = "100ms")
@Property(name = "yumroad.events.max-retry-delay", value = "200ms")
@Property(name = "yumroad.events.scheduler.interval", value = "100ms")
class RefusedAddressTest implements FreshDatabase {

    RefusingSmtp smtp;
    @Inject
    Accounts accounts;
    @Inject
    MailRepository mails;
    @Inject
    PasswordResets resets;
    @Inject
    SuppressedAddresses suppressed;

    @Override
    @NonNull
    public Map<String, String> getProperties() {
        try {
            smtp = new RefusingSmtp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("yumroad.mail.smtp-host", "127.0.0.1");
        properties.put("yumroad.mail.smtp-port", Integer.toString(smtp.port()));
        return properties;
    }

    @AfterAll
    void stop() throws IOException {
        smtp.close();
    }

    @Test
    void aRefusedAddressIsMarkedAndNotRetried() throws Exception {
        String email = "no-such-user@example.com";
        int before = smtp.refusals.get();
        accounts.register(new Registration(email, "Nobody", "correct horse"));

        List<MailRow> sent = Eventually.await("the refusal on record", () -> mails.findByRecipientOrderByIdDesc(email),
                rows -> !rows.isEmpty() && rows.get(0).status().equals(MailRow.REFUSED));
        assertThat(sent).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("confirm-email");
            assertThat(row.event()).isEqualTo("accounts.user-registered");
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastError()).contains("550", "No such user");
        });
        Eventually.await("the publication completed", () -> publicationStatus().equals("completed"));
        Thread.sleep(1000); // several scheduler runs and retry delays: none may try again
        assertThat(smtp.refusals.get()).isEqualTo(before + 1);
        assertThat(mails.findByRecipientOrderByIdDesc(email).get(0).attempts()).isEqualTo(1);
    }

    @Test
    void laterMailToARefusedAddressIsSuppressedWhileOtherAddressesAreStillTried() throws Exception {
        String email = "gone-for-good@example.com";
        accounts.register(new Registration(email, "Gone", "correct horse"));
        Eventually.await("the refusal on record", () -> mails.findByRecipientOrderByIdDesc(email),
                rows -> !rows.isEmpty() && rows.get(0).status().equals(MailRow.REFUSED));
        assertThat(suppressed.findByAddress(email)).get().satisfies(listed ->
                assertThat(listed.reason()).contains("550", "No such user"));
        int refusalsBefore = smtp.refusals.get();

        resets.request(email.toUpperCase(), "203.0.113.7");

        List<MailRow> rows = Eventually.await("the reset mail on record", () -> mails.findByRecipientOrderByIdDesc(email),
                list -> list.size() == 2);
        assertThat(rows.get(0).kind()).isEqualTo("password-reset");
        assertThat(rows.get(0).status()).isEqualTo(MailRow.SUPPRESSED);
        assertThat(rows.get(0).attempts()).isEqualTo(1);
        assertThat(rows.get(0).lastError()).contains("Not attempted", "refused for good");
        Eventually.await("the reset's publication completed",
                () -> publicationStatus("AccountMails.passwordResetRequested").equals("completed"));
        Thread.sleep(1000); // scheduler runs: the suppressed mail is final, nothing retries it
        assertThat(smtp.refusals.get()).as("the server was not asked again").isEqualTo(refusalsBefore);
        assertThat(mails.findByRecipientOrderByIdDesc(email).get(0).attempts()).isEqualTo(1);

        String other = "someone-else@example.com";
        accounts.register(new Registration(other, "Other", "correct horse"));
        Eventually.await("another address still tried", () -> smtp.refusals.get() == refusalsBefore + 1);
    }

    String publicationStatus() throws Exception {
        return publicationStatus("AccountMails.userRegistered");
    }

    String publicationStatus(String listener) throws Exception {
        try (var connection = connection(); var rows = connection.createStatement().executeQuery(
                "select status from platform.event_publication where listener_id = '" + listener + "' "
                        + "order by id desc limit 1")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
