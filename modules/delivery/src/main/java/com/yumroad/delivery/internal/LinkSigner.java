package com.yumroad.delivery.internal;

import com.yumroad.kernel.security.SecretKeys;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * Download links: {@code /downloads/<order>/<file>/<expires>/<signature>}, the signature an HMAC-SHA256 of the
 * order, the file and the expiry (epoch seconds) under a key of its own derived from SECRETS_KEY. Nothing is stored;
 * a link cannot be guessed, moved to another order or file, or extended.
 */
@Singleton
public class LinkSigner {

    private final byte[] key;

    LinkSigner(SecretKeys keys) {
        this.key = keys.derive("download-links");
    }

    public String path(long orderId, long fileId, Instant expires) {
        long seconds = expires.getEpochSecond();
        return "/downloads/" + orderId + "/" + fileId + "/" + seconds + "/" + signature(orderId, fileId, seconds);
    }

    public boolean valid(long orderId, long fileId, long expiresSeconds, String signature) {
        byte[] expected = signature(orderId, fileId, expiresSeconds).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long orderId, long fileId, long expiresSeconds) {
        byte[] mac = SecretKeys.hmac(key, (orderId + ":" + fileId + ":" + expiresSeconds).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }
}
