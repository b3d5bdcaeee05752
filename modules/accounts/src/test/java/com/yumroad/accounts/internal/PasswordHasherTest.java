package com.yumroad.accounts.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Each Argon2 hash holds 19 MiB of heap: only so many run at once, whatever the number of requests. */
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
