package com.yumroad.kernel.events;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

/**
 * The one way modules announce what happened. Publishing demands a running transaction: synchronous
 * {@code @EventListener}s then join it (their failure rolls the whole use case back), and
 * {@code @TransactionalEventListener}s run after it commits. Micronaut drops an after-commit event without a word
 * when no transaction is active; here that mistake fails loudly instead.
 */
@Singleton
public class DomainEvents {

    private final ApplicationEventPublisher<Object> publisher;

    DomainEvents(ApplicationEventPublisher<Object> publisher) {
        this.publisher = publisher;
    }

    @Transactional(propagation = MANDATORY)
    public void publish(DomainEvent event) {
        publisher.publishEvent(event);
    }
}
