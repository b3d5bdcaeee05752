package com.yumroad.webhooks.outbound;

import java.util.Map;

/** One POST of a webhook: where, the headers (webhook-id, -timestamp, -signature) and the JSON body. */
public record WebhookRequest(String url, Map<String, String> headers, String body) {
}
