package com.yumroad.kernel.events.publication;

import com.yumroad.kernel.events.Delivery;

import java.time.Instant;

/** A pending publication, as read (and locked) for delivery. */
record Publication(long id, String listenerId, String eventType, String serializedEvent, int attempts,
                   Instant publishedAt) {

    Delivery delivery() {
        return new Delivery(id, publishedAt, attempts + 1);
    }
}
