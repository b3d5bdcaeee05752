package com.yumroad.accounts.tokens;

import com.yumroad.kernel.security.SecretKeys;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes token secrets and their stored form. A secret is {@code yr_pat_} (so secret scanners can spot a leaked one)
 * and 256 random bits. It is stored as HMAC-SHA256 under a key from SECRETS_KEY, not Argon2: a password needs a slow
 * hash because people choose guessable ones, but 256 random bits cannot be guessed at any speed, so a fast hash loses
 * nothing and keeps the check on every API request to microseconds plus one indexed look-up. The key means a copy of
 * the database alone cannot even confirm a token seen elsewhere.
 */
@Singleton
class TokenSecrets {

    static final String PREFIX = "yr_pat_";
    private static final int RANDOM_BYTES = 32;
    private static final int HINT_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    TokenSecrets(SecretKeys keys) {
        this.key = keys.derive("personal-access-tokens");
    }

    String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String hash(String secret) {
        return HexFormat.of().formatHex(SecretKeys.hmac(key, secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** What the token list shows to tell tokens apart: the prefix and a few characters, never enough to use. */
    static String hint(String secret) {
        return secret.substring(0, PREFIX.length() + HINT_LENGTH) + "…";
    }

    static boolean looksLikeOne(String token) {
        return token.startsWith(PREFIX) && token.length() < 200;
    }
}
