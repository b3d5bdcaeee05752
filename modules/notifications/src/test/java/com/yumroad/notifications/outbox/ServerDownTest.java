package com.yumroad.notifications.outbox;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.kernel.events.publication.FailedPublication;
import com.yumroad.kernel.events.publication.PublicationAdmin;
import com.yumroad.notifications.Smtp;
import com.yumroad.testing.Eventually;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP server that is down: each attempt is recorded and retried with the publication log's backoff, out of
 * attempts it is listed as failed (what `events failed` shows), and once resubmitted with the server back it is sent,
 * once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.events.first-retry-delay", value = "100ms")
@Property(name = "yumroad.events.max-retry-delay", value = "200ms")
@Property(name = "yumroad.events.max-attempts", value = "4")
@Property(name = "yumroad.events.scheduler.interval", value = "100ms")
class ServerDownTest implements FreshDatabase {

    Smtp smtp;
    @Inject
    Accounts accounts;
    @Inject
    MailRepository mails;
    @Inject
    DataSource dataSource;

    @Override
    @NonNull
    public Map<String, String> getProperties() {
        smtp = new Smtp(freePort());
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.putAll(smtp.settings());
        return properties;
    }

    @AfterAll
    void stop() {
        smtp.close();
    }

    @Test
    void aDownServerIsRetriedWithBackoffListedAsFailedAndSentOnceWhenResubmitted() {
        smtp.stop();
        String email = "patient@example.com";
        accounts.register(new Registration(email, "Patient", "correct horse"));
        PublicationAdmin admin = new PublicationAdmin(DelegatingDataSource.unwrapDataSource(dataSource));

        FailedPublication failed = Eventually.await("the publication out of attempts", admin::failed,
                list -> !list.isEmpty()).get(0);
        assertThat(failed.listenerId()).isEqualTo("AccountMails.userRegistered");
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).contains("MailNotSent");
        MailRow row = mails.findByRecipientOrderByIdDesc(email).get(0);
        assertThat(row.status()).isEqualTo(MailRow.RETRYING);
        assertThat(row.attempts()).isEqualTo(4);

        smtp.start();
        assertThat(admin.resubmit(failed.id())).isTrue();

        smtp.awaitOne(email, "Confirm your address");
        Eventually.await("the mail on record as sent",
                () -> mails.findByRecipientOrderByIdDesc(email).get(0).status().equals(MailRow.SENT));
        assertThat(admin.failed()).isEmpty();
        assertThat(smtp.to(email)).hasSize(1);
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
