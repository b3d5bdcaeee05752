package com.yumroad.notifications.mail;

/** The mail could not be handed over now (the server is down or answered 4xx): try again later. */
public class MailNotSent extends RuntimeException {

    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
