package com.yumroad.webhooks.delivery;

/** Thrown by the sender so that the publication log tries the delivery again later. */
class WebhookNotDelivered extends RuntimeException {

    WebhookNotDelivered(String message) {
        super(message);
    }
}
