package com.yumroad.kernel.events;

import io.micronaut.context.annotation.Executable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method taking one {@link DomainEvent} (optionally followed by a {@link Delivery}: its publication's id
 * and time) as a durable after-commit listener. Publishing a matching event
 * writes a publication for this listener in the publishing transaction; after the commit the listener runs in a
 * transaction of its own, which also marks the publication completed. A failure is retried with backoff, and a
 * publication interrupted by a crash is resubmitted later, possibly by another instance: delivery is at-least-once,
 * so the listener must be idempotent (a second run for the same event must change nothing more).
 * Use this, not Micronaut's {@code @TransactionalEventListener}, which loses the event on a crash or a failure.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Executable(processOnStartup = true)
public @interface AfterCommit {

    /**
     * The listener's id in the publication log, stable across releases: pending publications are matched to their
     * listener by it, so a module's listeners name it explicitly (ArchitectureTest checks) and keep it when the class
     * or method is renamed or moved. Without one: {@code <bean class simple name>.<method name>}.
     */
    String value() default "";

    /**
     * Attempts before a publication for this listener is marked failed; 0 (the default) takes
     * {@code yumroad.events.max-attempts}. A listener that retries a remote party for a long time (webhooks: a day)
     * sets it high and decides itself when to stop, by returning instead of throwing.
     */
    int maxAttempts() default 0;
}
