package com.yumroad.sales.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * The buyer's private receipt links: {@code /receipts/{orderId}/{signature}}, the signature an HMAC-SHA256 (128 bits
 * kept) of the order id under {@code yumroad.sales.receipt-secret} (RECEIPT_SECRET), else the JWT key. Rebuilt on
 * demand, never stored; changing the key invalidates every link sent.
 */
@Singleton
public class ReceiptLinks {

    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    ReceiptLinks(SalesSettings settings, @Value("${yumroad.jwt.secret}") String jwtSecret) {
        String secret = settings.getReceiptSecret() == null || settings.getReceiptSecret().isBlank()
                ? jwtSecret : settings.getReceiptSecret();
        this.key = new SecretKeySpec(("receipt:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String path(long orderId) {
        return "/receipts/" + orderId + "/" + signature(orderId);
    }

    public boolean verify(long orderId, String signature) {
        return signature != null && MessageDigest.isEqual(
                signature(orderId).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long orderId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(orderId).array());
            return ENCODER.encodeToString(Arrays.copyOf(digest, SIGNATURE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
