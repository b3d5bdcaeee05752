package com.yumroad.sales.payments;

import com.stripe.Stripe;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/** Webhook events as Stripe sends them: the event JSON, and its Stripe-Signature header (t=..., v1=HMAC-SHA256). */
final class StripeSignatures {

    private StripeSignatures() {
    }

    static String event(String id, String type, String objectJson) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION
                + "\",\"created\":" + Instant.now().getEpochSecond() + ",\"livemode\":false,\"type\":\"" + type
                + "\",\"data\":{\"object\":" + objectJson + "}}";
    }

    static String sign(String payload, String secret, Instant at) {
        long timestamp = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
