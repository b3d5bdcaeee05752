package com.yumroad.kernel.events;

import com.yumroad.kernel.events.publication.PublicationLog;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

/**
 * The one way modules announce what happened. Publishing demands a running transaction: synchronous
 * {@code @EventListener}s join it (their failure rolls the whole use case back), and for every {@link AfterCommit}
 * listener a publication is written in it, so that listener runs after the commit, and only then, even if the
 * process dies in between. Micronaut drops an after-commit event without a word when no transaction is active; here
 * that mistake fails loudly instead.
 */
@Singleton
public class DomainEvents {

    private final ApplicationEventPublisher<Object> publisher;
    private final PublicationLog publications;

    DomainEvents(ApplicationEventPublisher<Object> publisher, PublicationLog publications) {
        this.publisher = publisher;
        this.publications = publications;
    }

    @Transactional(propagation = MANDATORY)
    public void publish(DomainEvent event) {
        publisher.publishEvent(event);
        publications.record(event);
    }
}
