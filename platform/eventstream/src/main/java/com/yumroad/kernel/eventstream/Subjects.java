package com.yumroad.kernel.eventstream;

import com.yumroad.kernel.events.EventNames;

import java.util.Optional;

/**
 * The subject an event goes to: {@code <prefix>.<its public name>}, e.g. {@code yumroad.catalog.product-published}.
 * The name comes from kernel {@link EventNames}, the one place that names events for the outside (webhook types
 * too); an event without a public name is not streamed.
 */
final class Subjects {

    private Subjects() {
    }

    static Optional<String> of(String prefix, Class<?> event) {
        return EventNames.of(event).map(name -> prefix + "." + name);
    }

    /** The event's public name back from its subject (the Yumroad-Event-Type header). */
    static String eventName(String prefix, String subject) {
        return subject.substring(prefix.length() + 1);
    }

    static String all(String prefix) {
        return prefix + ".>";
    }
}
