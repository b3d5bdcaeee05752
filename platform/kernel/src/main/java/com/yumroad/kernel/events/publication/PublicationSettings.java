package com.yumroad.kernel.events.publication;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code yumroad.events.*} (defaults in platform-defaults.yml). The scheduler's own switch and interval,
 * {@code yumroad.events.scheduler.enabled} and {@code .interval}, are read by {@link PublicationScheduler}.
 *
 * @param dispatchAfterCommit  run the listeners right after the publishing transaction commits; off, only the
 *                             scheduler delivers (a process that should not run listeners, and tests of a crash)
 * @param resubmitOlderThan    a publication never attempted is left to the instance that published it for this
 *                             long before the scheduler of any instance takes it over
 * @param maxAttempts          attempts before a publication is marked failed
 * @param firstRetryDelay      wait after the first failure; doubled after each further one
 * @param maxRetryDelay        the longest wait between two attempts
 * @param purgeCompletedAfter  completed publications older than this are deleted
 * @param batchSize            publications delivered in one transaction while the scheduler drains what is due
 *                             (a run drains everything due, batch after batch)
 */
@ConfigurationProperties("yumroad.events")
record PublicationSettings(boolean dispatchAfterCommit, Duration resubmitOlderThan, int maxAttempts,
                           Duration firstRetryDelay, Duration maxRetryDelay, Duration purgeCompletedAfter,
                           int batchSize) {

    /** How long to wait before the next attempt, after {@code attempts} failed ones: exponential, capped. */
    Duration retryDelayAfter(int attempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
