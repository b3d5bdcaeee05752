package com.yumroad.notifications.webhooks;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.notifications.SmtpServerPerClass;
import com.yumroad.notifications.Smtp;
import com.yumroad.webhooks.WebhookDisabled;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** webhooks announces a disabled subscription; its owner gets a mail with the URL and the way to its deliveries. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookMailsTest extends SmtpServerPerClass {

    @Inject
    Accounts accounts;
    @Inject
    DomainEvents events;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    @NonNull
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("yumroad.public-url", "https://shop.example.test");
        return properties;
    }

    @Test
    void theOwnerOfADisabledWebhookIsTold() {
        String email = "integrator@example.com";
        long owner = accounts.register(new Registration(email, "Integrator", "correct horse")).id();

        transactions.executeWrite(status -> {
            events.publish(new WebhookDisabled(42, owner, "https://hooks.example.com/in?a=1&b=<2>", 20));
            return null;
        });

        Smtp.Received mail = smtp.awaitOne(email, "A webhook of yours was disabled");
        assertThat(mail.html()).contains("https://hooks.example.com/in?a=1&amp;b=&lt;2&gt;", "20",
                "href=\"https://shop.example.test/dashboard/webhooks/42\"");
        assertThat(mail.text()).contains("failed 20 times in a row", "https://shop.example.test/dashboard/webhooks/42");
    }
}
