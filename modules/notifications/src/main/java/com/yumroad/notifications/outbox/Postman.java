package com.yumroad.notifications.outbox;

import com.yumroad.kernel.events.Delivery;
import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventNames;
import com.yumroad.notifications.mail.Mail;
import com.yumroad.notifications.mail.MailNotSent;
import com.yumroad.notifications.mail.MailRefused;
import com.yumroad.notifications.mail.MailServer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends the one mail of an event's publication, from inside its {@code @AfterCommit} listener, at most once: a
 * publication whose mail is already sent or refused sends nothing (a redelivery, a resubmit). A server that is down
 * or answers 4xx: the attempt is recorded and {@link MailNotSent} thrown, so the publication log retries with its
 * backoff and, out of attempts, lists it in {@code events failed}. A 5xx refusal is recorded, not retried, and puts
 * the address on notifications' block list ({@link SuppressedAddresses}): a later mail to it is recorded as
 * {@code suppressed} and not attempted.
 * The mail is built only when it is to be sent, and may be none (a seller who opted out, a user since deleted).
 */
@Singleton
public class Postman {

    private static final Logger LOG = LoggerFactory.getLogger(Postman.class);

    private final MailRepository mails;
    private final MailServer server;
    private final FailedSends failures;
    private final SuppressedAddresses suppressed;

    Postman(MailRepository mails, MailServer server, FailedSends failures, SuppressedAddresses suppressed) {
        this.mails = mails;
        this.server = server;
        this.failures = failures;
        this.suppressed = suppressed;
    }

    public void deliver(DomainEvent event, Delivery delivery, String kind, Supplier<Optional<Mail>> build) {
        long publication = delivery.publicationId();
        if (mails.findByPublicationId(publication).map(MailRow::finished).orElse(false)) {
            return;
        }
        Optional<Mail> built = build.get();
        if (built.isEmpty()) {
            return;
        }
        Mail mail = built.get();
        String name = EventNames.of(event.getClass()).orElse(event.getClass().getSimpleName());
        Optional<SuppressedAddress> listed = suppressed.findByAddress(SuppressedAddresses.key(mail.to()));
        if (listed.isPresent()) {
            LOG.info("{} for publication {} not attempted: {} is on the block list", kind, publication, mail.to());
            mails.record(publication, kind, name, mail.to(), mail.subject(), MailRow.SUPPRESSED,
                    "Not attempted: the address was refused for good on " + listed.get().createdAt()
                            + " (publication " + listed.get().publicationId() + ")");
            return;
        }
        try {
            server.send(mail);
        } catch (MailRefused e) {
            LOG.warn("{} for publication {} refused for good: {}", kind, publication, e.getMessage());
            failures.refused(publication, kind, name, mail, e.getMessage());
            return;
        } catch (MailNotSent e) {
            failures.record(publication, kind, name, mail, MailRow.RETRYING, e.getMessage());
            throw e;
        }
        mails.record(publication, kind, name, mail.to(), mail.subject(), MailRow.SENT, null);
    }
}
