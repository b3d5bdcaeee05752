package com.yumroad.notifications.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailCheckTest {

    static MailSettings smtp(String host) {
        MailSettings settings = new MailSettings();
        settings.setSmtpHost(host);
        return settings;
    }

    @Test
    void prodNeedsAnSmtpServerAndAPublicUrl() {
        assertThat(MailCheck.refusal(true, smtp(""), "https://shop.example.com")).contains(MailCheck.NO_SMTP);
        assertThat(MailCheck.refusal(true, smtp("smtp.example.com"), " ")).contains(MailCheck.NO_PUBLIC_URL);
        assertThat(MailCheck.refusal(true, smtp("smtp.example.com"), "https://shop.example.com")).isEmpty();
    }

    @Test
    void elsewhereTheDevelopmentMailboxAndTheServersOwnAddressDo() {
        assertThat(MailCheck.refusal(false, smtp(null), null)).isEmpty();
    }
}
