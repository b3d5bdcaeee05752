package com.yumroad.notifications.mail;

/** The server refused the mail for good (a 5xx answer: no such mailbox, a refused address). */
public class MailRefused extends RuntimeException {

    private final int code;

    public MailRefused(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
