package com.yumroad.notifications.outbox;

import com.yumroad.notifications.mail.Mail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;

/**
 * Records a failed attempt in a transaction of its own: the postman then throws to have the publication log retry,
 * which rolls the listener's own work back, but the attempt must stay on record.
 */
@Singleton
class FailedSends {

    private static final int MAX_ERROR = 600;

    private final MailRepository mails;

    FailedSends(MailRepository mails) {
        this.mails = mails;
    }

    @Transactional(propagation = REQUIRES_NEW)
    void record(long publicationId, String kind, String event, Mail mail, String status, String error) {
        mails.record(publicationId, kind, event, mail.to(), mail.subject(), status,
                error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
    }
}
