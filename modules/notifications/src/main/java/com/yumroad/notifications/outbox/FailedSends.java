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
    private final SuppressedAddresses suppressed;

    FailedSends(MailRepository mails, SuppressedAddresses suppressed) {
        this.mails = mails;
        this.suppressed = suppressed;
    }

    @Transactional(propagation = REQUIRES_NEW)
    void record(long publicationId, String kind, String event, Mail mail, String status, String error) {
        mails.record(publicationId, kind, event, mail.to(), mail.subject(), status, shortened(error));
    }

    /** A refusal for good: the mail is marked refused and its address listed, so no later mail is attempted. */
    @Transactional(propagation = REQUIRES_NEW)
    void refused(long publicationId, String kind, String event, Mail mail, String error) {
        mails.record(publicationId, kind, event, mail.to(), mail.subject(), MailRow.REFUSED, shortened(error));
        suppressed.add(SuppressedAddresses.key(mail.to()), publicationId, shortened(error));
    }

    private static String shortened(String error) {
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }
}
