package com.yumroad.notifications.mail;

/**
 * Where mail goes: the SMTP server ({@link SmtpServer}) or, outside prod without one, the development mailbox.
 * {@link MailNotSent} when it may work later (server down, 4xx); {@link MailRefused} when the address is
 * refused for good (5xx): never worth another attempt.
 */
public interface MailServer {

    void send(Mail mail);
}
