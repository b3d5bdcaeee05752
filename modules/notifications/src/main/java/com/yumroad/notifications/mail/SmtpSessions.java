package com.yumroad.notifications.mail;

import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The Jakarta Mail session micronaut-email-javamail sends through, from {@link MailSettings}. Replaces the library's
 * default provider, which takes {@code Session.getDefaultInstance}: one session per JVM, fixed by whoever asked
 * first, so a second application context (or a changed setting) would still talk to the first server.
 */
@Singleton
class SmtpSessions implements SessionProvider {

    private final MailSettings settings;

    SmtpSessions(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public Session session() {
        Properties properties = new Properties();
        String timeout = Long.toString(settings.getSmtpTimeout().toMillis());
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.getSmtpHost() == null ? "" : settings.getSmtpHost());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.getSmtpPort()));
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        if (!settings.authenticates()) {
            return Session.getInstance(properties);
        }
        properties.setProperty("mail.smtp.auth", "true");
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.getSmtpUser(), settings.getSmtpPassword());
            }
        });
    }
}
