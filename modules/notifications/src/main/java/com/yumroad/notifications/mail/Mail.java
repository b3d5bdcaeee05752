package com.yumroad.notifications.mail;

/** One message to one address: a subject and the same words twice, as HTML and as plain text. */
public record Mail(String to, String subject, String html, String text) {

    @Override
    public String toString() {
        return "Mail[to=" + to + ", subject=" + subject + "]";
    }
}
