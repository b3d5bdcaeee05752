package com.yumroad.kernel.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The message a page shows once after a form did something ("Product saved."): POST, then 303 to a page, which
 * shows the message from a short-lived cookie. The cookie is signed, so no other site can put words on our pages;
 * {@link FlashCookies} reads it into the view model and clears it once a page has shown it.
 */
@Singleton
public class Flash {

    static final String COOKIE = "flash";
    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final int MAX_MESSAGE = 300;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    Flash(@Value("${yumroad.jwt.secret}") String secret) {
        this.key = new SecretKeySpec(("flash:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 303 to a page of this site that will show the message once. */
    public MutableHttpResponse<?> seeOther(String location, String message) {
        return HttpResponse.seeOther(URI.create(location)).cookie(cookie(message));
    }

    public Cookie cookie(String message) {
        String text = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Cookie.of(COOKIE, ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes)))
                .path("/").httpOnly(true).sameSite(SameSite.Lax).maxAge(LIFETIME);
    }

    Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).flatMap(cookie -> verified(cookie.getValue()));
    }

    private Optional<String> verified(String value) {
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] message = DECODER.decode(value.substring(0, dot));
            byte[] signature = DECODER.decode(value.substring(dot + 1));
            return MessageDigest.isEqual(signature, sign(message))
                    ? Optional.of(new String(message, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
