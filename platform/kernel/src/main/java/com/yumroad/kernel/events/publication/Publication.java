package com.yumroad.kernel.events.publication;

/** A pending publication, as read (and locked) for delivery. */
record Publication(long id, String listenerId, String eventType, String serializedEvent, int attempts) {
}
