package com.yumroad.notifications.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * At start-up, prod refuses to run without an SMTP server (mail would go nowhere) and without PUBLIC_URL (every
 * link in a mail must be absolute, and no request is there to say which host it came to).
 */
@Context
class MailCheck {

    static final String NO_SMTP = "SMTP_HOST is not set: the prod environment sends receipts, password resets and "
            + "address confirmations by email and needs an SMTP server (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, "
            + "MAIL_FROM)";
    static final String NO_PUBLIC_URL = "PUBLIC_URL is not set: the prod environment needs the site's address "
            + "(e.g. https://shop.example.com) for the links in the mail it sends";

    MailCheck(Environment environment, MailSettings settings, @Value("${yumroad.public-url:}") @Nullable String publicUrl) {
        refusal(environment.getActiveNames().contains("prod"), settings, publicUrl).ifPresent(problem -> {
            throw new ConfigurationException(problem);
        });
    }

    static Optional<String> refusal(boolean prod, MailSettings settings, @Nullable String publicUrl) {
        if (!prod) {
            return Optional.empty();
        }
        if (!settings.smtpConfigured()) {
            return Optional.of(NO_SMTP);
        }
        if (publicUrl == null || publicUrl.isBlank()) {
            return Optional.of(NO_PUBLIC_URL);
        }
        return Optional.empty();
    }
}
