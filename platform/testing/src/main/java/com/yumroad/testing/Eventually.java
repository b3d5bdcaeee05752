package com.yumroad.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waits for something that happens on another thread (an after-commit listener, a scheduler run) by polling it,
 * with a deadline generous enough never to be reached on a slow machine when the behaviour is right. It asserts an
 * outcome, not a duration: the test fails only when the condition never holds.
 */
public final class Eventually {

    public static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long PAUSE_MILLIS = 25;

    private Eventually() {
    }

    /** Polls {@code value} until it satisfies {@code condition}, and answers that value. */
    public static <T> T await(String what, Callable<T> value, Predicate<? super T> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        T last = null;
        Exception lastError = null;
        while (System.nanoTime() < deadline) {
            try {
                last = value.call();
                lastError = null;
                if (condition.test(last)) {
                    return last;
                }
            } catch (Exception e) {
                lastError = e;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("Never happened: " + what + " (last seen: " + last + ")", lastError);
    }

    public static void await(String what, Callable<Boolean> condition) {
        await(what, condition, Boolean.TRUE::equals);
    }
}
