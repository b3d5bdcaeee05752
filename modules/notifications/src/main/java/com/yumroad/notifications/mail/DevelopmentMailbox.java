package com.yumroad.notifications.mail;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where mail goes outside prod when no SMTP server is set: kept in memory (the latest {@value #KEEP}), shown at
 * /dev/mailbox, gone at restart. Lets a developer follow a receipt or a password reset without a mail server.
 */
@Singleton
public class DevelopmentMailbox implements MailServer {

    static final int KEEP = 200;

    public record Message(long id, Instant at, Mail mail) {
    }

    private final Deque<Message> messages = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized void send(Mail mail) {
        messages.addFirst(new Message(ids.incrementAndGet(), Instant.now(), mail));
        while (messages.size() > KEEP) {
            messages.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    public synchronized Optional<Message> find(long id) {
        return messages.stream().filter(m -> m.id() == id).findFirst();
    }
}
