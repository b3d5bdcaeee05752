package com.yumroad.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.kernel.errors.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * How many new tags one account may bring into the catalog per period: tags are shared by everyone and listed to
 * everyone, so one account must not flood them (a script once made 25,000 in 20 s). Only tags that did not exist
 * count: reusing tags is free. A token bucket per account (Bucket4j; Caffeine bounds how many are kept), per
 * application instance, like the log-in throttle.
 */
@Singleton
class NewTagAllowance {

    private static final long MAX_ACCOUNTS = 100_000;

    private final Cache<Long, Bucket> buckets;
    private final int perPeriod;
    private final Duration period;

    NewTagAllowance(@Value("${yumroad.tags.new-per-account:60}") int perPeriod,
                    @Value("${yumroad.tags.period:1m}") Duration period) {
        this.perPeriod = perPeriod;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_ACCOUNTS).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** Takes {@code count} new tags from the account's allowance; TooManyRequestsException (nothing taken) if short. */
    void take(long accountId, int count) {
        if (count <= 0) {
            return;
        }
        Bucket bucket = buckets.get(accountId, id -> Bucket.builder()
                .addLimit(l -> l.capacity(perPeriod).refillGreedy(perPeriod, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(count);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(),
                    period.toNanos() / perPeriod)));
        }
    }
}
