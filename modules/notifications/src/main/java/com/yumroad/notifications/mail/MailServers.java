package com.yumroad.notifications.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;

/** SMTP when SMTP_HOST is set; else the development mailbox, which prod refuses (it would swallow every mail). */
@Factory
class MailServers {

    @Singleton
    MailServer mailServer(MailSettings settings, Environment environment, BeanProvider<EmailSender<?, ?>> sender,
                          DevelopmentMailbox mailbox) {
        if (settings.smtpConfigured()) {
            return new SmtpServer(sender.get(), settings);
        }
        if (environment.getActiveNames().contains("prod")) {
            throw new ConfigurationException(MailCheck.NO_SMTP);
        }
        return mailbox;
    }
}
