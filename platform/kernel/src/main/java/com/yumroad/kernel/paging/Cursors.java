package com.yumroad.kernel.paging;

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
 * Opaque keyset cursors: the last id of a page, bound to the list it came from (its filters) and signed, so that a
 * garbled, edited or foreign cursor is refused rather than silently paging somewhere else.
 */
@Singleton
public class Cursors {

    private static final int SIGNATURE_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public Cursors(@Value("${yumroad.jwt.secret}") String secret) {
        this.key = new SecretKeySpec(("cursor:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The cursor that continues the list named by {@code listKey} after the row with this id. */
    public String after(long lastId, String listKey) {
        byte[] position = ByteBuffer.allocate(Long.BYTES).putLong(lastId).array();
        byte[] signature = sign(position, listKey);
        return ENCODER.encodeToString(ByteBuffer.allocate(position.length + signature.length)
                .put(position).put(signature).array());
    }

    /** The id a cursor continues after; InvalidCursorException unless this server issued it for the same list. */
    public long position(String cursor, String listKey) {
        byte[] raw;
        try {
            raw = DECODER.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (raw.length != Long.BYTES + SIGNATURE_BYTES) {
            throw new InvalidCursorException();
        }
        byte[] position = Arrays.copyOf(raw, Long.BYTES);
        byte[] signature = Arrays.copyOfRange(raw, Long.BYTES, raw.length);
        if (!MessageDigest.isEqual(signature, sign(position, listKey))) {
            throw new InvalidCursorException();
        }
        return ByteBuffer.wrap(position).getLong();
    }

    /** A cursor whose position is text (a list ordered by something other than id: the tags, by count and name). */
    public String afterText(String position, String listKey) {
        byte[] bytes = position.getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(bytes, listKey);
        return ENCODER.encodeToString(ByteBuffer.allocate(bytes.length + signature.length)
                .put(bytes).put(signature).array());
    }

    /** The text position of a cursor made by {@link #afterText}; InvalidCursorException unless issued for this list. */
    public String textPosition(String cursor, String listKey) {
        byte[] raw;
        try {
            raw = DECODER.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (raw.length < SIGNATURE_BYTES) {
            throw new InvalidCursorException();
        }
        byte[] position = Arrays.copyOf(raw, raw.length - SIGNATURE_BYTES);
        byte[] signature = Arrays.copyOfRange(raw, position.length, raw.length);
        if (!MessageDigest.isEqual(signature, sign(position, listKey))) {
            throw new InvalidCursorException();
        }
        return new String(position, StandardCharsets.UTF_8);
    }

    private byte[] sign(byte[] position, String listKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(listKey.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(position), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
