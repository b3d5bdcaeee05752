package com.yumroad.accounts.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Each Argon2 hash holds 7 MiB of heap: only so many run at once, whatever the number of requests. */
class PasswordHasherTest {

    @Test
    void noMoreHashesRunAtOnceThanConfigured() throws Exception {
        PasswordHasher hasher = new PasswordHasher(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(requests.submit(() -> hasher.inTurn(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(50);
                    return running.decrementAndGet();
                })));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aHashStillMatchesItsPassword() {
        PasswordHasher hasher = new PasswordHasher(1);
        String hash = hasher.hash("correct horse");

        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("wrong horse", hash)).isFalse();
    }

    /** Accounts from before the parameters changed keep logging in: a hash carries the parameters it was made with. */
    @Test
    void aHashMadeWithTheEarlierParametersStillMatches() {
        String earlier = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode("correct horse");
        PasswordHasher hasher = new PasswordHasher(1);

        assertThat(earlier).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("correct horse", earlier)).isTrue();
        assertThat(hasher.matches("wrong horse", earlier)).isFalse();
    }

    /** The decoy checked for unknown emails costs what a real check costs only while it carries the same parameters. */
    @Test
    void theDecoyHashIsMadeWithTheParametersOfRealHashes() {
        String real = new PasswordHasher(1).hash("correct horse");

        assertThat(parameters(PasswordHasher.DECOY)).isEqualTo(parameters(real));
    }

    private static String parameters(String argon2Hash) { // $argon2id$v=19$m=7168,t=5,p=1$salt$hash
        return argon2Hash.substring(0, argon2Hash.lastIndexOf('$', argon2Hash.lastIndexOf('$') - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
