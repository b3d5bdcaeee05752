package com.yumroad.notifications.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * {@code yumroad.mail.*}: the sender's address ({@code MAIL_FROM}) and the SMTP server ({@code SMTP_HOST},
 * {@code SMTP_PORT}, {@code SMTP_USER}, {@code SMTP_PASSWORD}; STARTTLS is required when a user is set, so a
 * password never crosses the network in clear). No host: the development mailbox, which prod refuses.
 */
@ConfigurationProperties("yumroad.mail")
public class MailSettings {

    private String from = "Yumroad <no-reply@yumroad.localhost>";
    @Nullable
    private String smtpHost;
    private int smtpPort = 587;
    @Nullable
    private String smtpUser;
    @Nullable
    private String smtpPassword;
    /** Connecting, reading and writing each give up after this long: a stuck server must not hold a delivery thread. */
    private Duration smtpTimeout = Duration.ofSeconds(20);

    public boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }

    public boolean authenticates() {
        return smtpUser != null && !smtpUser.isBlank();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    @Nullable
    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(@Nullable String smtpHost) {
        this.smtpHost = smtpHost;
    }

    public int getSmtpPort() {
        return smtpPort;
    }

    public void setSmtpPort(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    @Nullable
    public String getSmtpUser() {
        return smtpUser;
    }

    public void setSmtpUser(@Nullable String smtpUser) {
        this.smtpUser = smtpUser;
    }

    @Nullable
    public String getSmtpPassword() {
        return smtpPassword;
    }

    public void setSmtpPassword(@Nullable String smtpPassword) {
        this.smtpPassword = smtpPassword;
    }

    public Duration getSmtpTimeout() {
        return smtpTimeout;
    }

    public void setSmtpTimeout(Duration smtpTimeout) {
        this.smtpTimeout = smtpTimeout;
    }
}
