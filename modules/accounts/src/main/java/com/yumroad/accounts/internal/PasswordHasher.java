package com.yumroad.accounts.internal;

import com.yumroad.kernel.text.Text;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane) from Spring Security's crypto library (backed by
 * Bouncy Castle): a maintained implementation, not ours.
 */
@Singleton
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);

    /** A hash of a password nobody has, to spend the same time on unknown emails as on known ones. */
    private final String decoy = encoder.encode("decoy-password-for-unknown-users");

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** A password that is not Unicode (a lone surrogate) was never set and matches nothing; it costs the same time. */
    public boolean matches(String password, String hash) {
        if (!Text.isWellFormed(password)) {
            spendTimeOfOneCheck(password);
            return false;
        }
        return encoder.matches(password, hash);
    }

    public void spendTimeOfOneCheck(String password) {
        // Bouncy Castle's UTF-8 encoding throws on a lone surrogate: hash something of the same cost instead
        encoder.matches(Text.isWellFormed(password) ? password : "not-a-password", decoy);
    }
}
