package com.yumroad.notifications.outbox;

import com.yumroad.accounts.Accounts;
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

/** A 5xx answer is a bad address for good: the mail is marked refused and never tried again. */
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
        assertThat(smtp.refusals.get()).isEqualTo(1);
        assertThat(mails.findByRecipientOrderByIdDesc(email).get(0).attempts()).isEqualTo(1);
    }

    String publicationStatus() throws Exception {
        try (var connection = connection(); var rows = connection.createStatement().executeQuery(
                "select status from platform.event_publication where listener_id = 'AccountMails.userRegistered'")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
