package com.yumroad.accounts.internal;

import com.yumroad.kernel.errors.TooManyRequestsException;
import com.yumroad.kernel.text.Text;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Argon2id from Spring Security's crypto library (backed by Bouncy Castle): a maintained implementation, not ours.
 * The parameters are the least memory-hungry of OWASP's five equally strong Argon2id settings (7 MiB, 5 iterations,
 * 1 lane; the Password Storage Cheat Sheet): the hash runs on the application's small heap, and 7 MiB costs the same
 * time here as 19 MiB with 2 iterations (about 0.1 s). Hashes made with earlier settings still match: each hash
 * carries its own parameters.
 * <p>
 * Each hash holds its 7 MiB of heap while it runs, and requests run on an unbounded pool: eight sign-ups or log-ins at
 * once (with 19 MiB each) took more than the heap the application runs with, and stopped it. At most
 * {@code yumroad.passwords.concurrent-hashes} (default 2, the cores of a small machine) run at once; the others wait
 * their turn, up to a few seconds, then answer 429 with Retry-After.
 */
@Singleton
public class PasswordHasher {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 7 * 1024;
    private static final int ITERATIONS = 5;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    private final Semaphore turns;

    /**
     * A hash of a password nobody has, made with the parameters above, to spend the same time on unknown emails as on
     * known ones. A constant, not hashed at start-up: that one hash was a sixth of the start's CPU time.
     */
    static final String DECOY = "$argon2id$v=19$m=7168,t=5,p=1$z9i3cktUJ0+DrLM7jw7Acw$xoVXrUTf99ybV82t/d17dAFcJevJMRQ0TgwrFB1YzuM";

    PasswordHasher(@Value("${yumroad.passwords.concurrent-hashes:2}") int concurrentHashes) {
        this.turns = new Semaphore(Math.max(1, concurrentHashes), true);
    }

    public String hash(String password) {
        return inTurn(() -> encoder.encode(password));
    }

    /** A password that is not Unicode (a lone surrogate) was never set and matches nothing; it costs the same time. */
    public boolean matches(String password, String hash) {
        if (!Text.isWellFormed(password)) {
            spendTimeOfOneCheck(password);
            return false;
        }
        return inTurn(() -> encoder.matches(password, hash));
    }

    public void spendTimeOfOneCheck(String password) {
        // Bouncy Castle's UTF-8 encoding throws on a lone surrogate: hash something of the same cost instead
        inTurn(() -> encoder.matches(Text.isWellFormed(password) ? password : "not-a-password", DECOY));
    }

    <T> T inTurn(Supplier<T> hashing) {
        try {
            if (!turns.tryAcquire(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TooManyRequestsException(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyRequestsException(Duration.ofSeconds(1));
        }
        try {
            return hashing.get();
        } finally {
            turns.release();
        }
    }
}
