package com.yumroad.kernel.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The key behind stored secrets ({@code SECRETS_KEY}): personal access tokens are stored as an HMAC under a key
 * derived from it, webhook signing secrets encrypted under another. One setting, one key per purpose (HMAC of the
 * purpose's name), so a key used for one thing never serves another. Required in prod (at least 256 bits);
 * elsewhere a fixed development key keeps a developer's tokens and webhooks working across restarts.
 * Changing it invalidates every personal access token and every webhook secret.
 */
@Singleton
public class SecretKeys {

    static final String DEVELOPMENT_KEY = "yumroad-development-only-secrets-key-never-in-prod";
    private static final int MINIMUM_BYTES = 32;

    private final byte[] master;

    SecretKeys(Environment environment, @Value("${yumroad.secrets.key:}") String configured) {
        boolean prod = environment.getActiveNames().contains("prod");
        if (configured.isBlank() && prod) {
            throw new ConfigurationException("SECRETS_KEY is not set: the prod environment needs a key of at least "
                    + "256 bits (32 bytes) for stored tokens and webhook secrets, e.g. `openssl rand -base64 48`");
        }
        String key = configured.isBlank() ? DEVELOPMENT_KEY : configured;
        if (key.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new ConfigurationException("SECRETS_KEY is too short: at least 256 bits (32 bytes) are needed");
        }
        this.master = key.getBytes(StandardCharsets.UTF_8);
    }

    /** A 256-bit key for one purpose ("personal-access-tokens", "webhook-secrets"). */
    public byte[] derive(String purpose) {
        return hmac(master, purpose.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 of {@code data} under {@code key}. */
    public static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
