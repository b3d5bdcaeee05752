package com.yumroad.webhooks.outbound;

import java.net.UnknownHostException;

/** A webhook URL that resolves to an address it may not reach. An UnknownHostException, so the HTTP client stops. */
public class RefusedDestinationException extends UnknownHostException {

    public RefusedDestinationException(String message) {
        super(message);
    }
}
