package com.yumroad.accounts.internal;

import com.yumroad.kernel.security.SecretKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The single-use tokens of mailed links ({@code accounts.account_tokens}). A token is the HMAC of its row's id
 * under a key from SECRETS_KEY: the mail is sent after the commit, by another module, from an event that carries
 * only the id, so the token never sits in the event log; the table keeps only its SHA-256. Using one is a
 * conditional update (unused, unexpired), so two clicks racing use it once.
 */
@Singleton
class AccountTokens {

    static final String PASSWORD_RESET = "password-reset";
    static final String EMAIL = "email";

    record Token(long id, long userId, String purpose, String email, Instant expiresAt) {
    }

    private final JdbcOperations jdbc;
    private final byte[] key;

    AccountTokens(JdbcOperations jdbc, SecretKeys keys) {
        this.jdbc = jdbc;
        this.key = keys.derive("account-tokens");
    }

    /** A new token's id (its secret is {@link #secret}); call within the use case's transaction. */
    long issue(long userId, String purpose, String email, Duration lifetime) {
        long id = jdbc.prepareStatement("select nextval(pg_get_serial_sequence('accounts.account_tokens', 'id'))",
                statement -> {
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
        jdbc.prepareStatement("insert into accounts.account_tokens (id, user_id, purpose, email, token_hash, expires_at) "
                + "values (?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setLong(1, id);
                    statement.setLong(2, userId);
                    statement.setString(3, purpose);
                    statement.setString(4, email);
                    statement.setString(5, hash(secret(id)));
                    statement.setTimestamp(6, Timestamp.from(Instant.now().plus(lifetime)));
                    return statement.executeUpdate();
                });
        return id;
    }

    /** What goes into the link. */
    String secret(long tokenId) {
        byte[] mac = SecretKeys.hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(tokenId).array());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** The token, when it is unused, unexpired and for this purpose. */
    Optional<Token> find(String secret, String purpose) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("select id, user_id, purpose, email, expires_at from accounts.account_tokens "
                + "where token_hash = ? and purpose = ? and used_at is null and expires_at > now()", statement -> {
                    statement.setString(1, hash(secret));
                    statement.setString(2, purpose);
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(new Token(rows.getLong(1), rows.getLong(2), rows.getString(3),
                                rows.getString(4), rows.getTimestamp(5).toInstant())) : Optional.empty();
                    }
                });
    }

    /** Uses the token: true for the one caller that got it while it was still good. */
    boolean use(long tokenId) {
        return jdbc.prepareStatement("update accounts.account_tokens set used_at = now() "
                + "where id = ? and used_at is null and expires_at > now()", statement -> {
                    statement.setLong(1, tokenId);
                    return statement.executeUpdate();
                }) == 1;
    }

    /** Ends every open token of the user for this purpose (a password set, an address changed). */
    void useAll(long userId, String purpose) {
        jdbc.prepareStatement("update accounts.account_tokens set used_at = now() "
                + "where user_id = ? and purpose = ? and used_at is null", statement -> {
                    statement.setLong(1, userId);
                    statement.setString(2, purpose);
                    return statement.executeUpdate();
                });
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
