package com.yumroad.kernel.eventstream;

import com.yumroad.kernel.events.AfterCommit;
import com.yumroad.kernel.events.Delivery;
import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Every public domain event, also on NATS JetStream: one more durable listener on the publication log, for all
 * events at once (no list to keep up), present only when {@code nats.default.addresses} is set (NATS_URL). A broker
 * that is down fails the attempt, and the log retries it with backoff, without giving up: events are delayed, none
 * lost. A redelivery (the attempt published, then died before its transaction committed) carries the same
 * Nats-Msg-Id, the publication's id, so the stream drops it. Subjects and payloads: docs/events.md.
 */
@Singleton
@Requires(property = "nats.default.addresses", pattern = ".+")
class EventStream {

    static final String LISTENER = "EventStream.publish";
    static final String EVENT_TYPE = "Yumroad-Event-Type";
    static final String PUBLISHED_AT = "Yumroad-Published-At";
    /** Practically never: a down broker is retried every yumroad.events.max-retry-delay until it is back. */
    private static final int ATTEMPTS = 1_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final JetStreamLink link;
    private final JsonMapper json;
    private final EventStreamSettings settings;

    EventStream(JetStreamLink link, JsonMapper json, EventStreamSettings settings) {
        this.link = link;
        this.json = json;
        this.settings = settings;
    }

    @AfterCommit(value = LISTENER, maxAttempts = ATTEMPTS)
    void publish(DomainEvent event, Delivery delivery) throws IOException, JetStreamApiException {
        var subject = Subjects.of(settings.subjectPrefix(), event.getClass());
        if (subject.isEmpty()) {
            return; // a module's own business (an event in a sub-package): never announced outside
        }
        Headers headers = new Headers()
                .add(EVENT_TYPE, Subjects.eventName(settings.subjectPrefix(), subject.get()))
                .add(PUBLISHED_AT, delivery.publishedAt().toString());
        PublishOptions options = PublishOptions.builder()
                .messageId(Long.toString(delivery.publicationId()))
                .expectedStream(settings.stream())
                .build();
        PublishAck ack = link.ready().publish(subject.get(), headers, json.writeValueAsBytes(event), options);
        if (ack.isDuplicate()) {
            LOG.info("Publication {} was already on {} (a redelivery): dropped by the stream",
                    delivery.publicationId(), subject.get());
        }
    }
}
