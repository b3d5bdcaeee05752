package com.yumroad.accounts.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.accounts.internal.AccountRules;
import com.yumroad.kernel.errors.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Limits log-in attempts per email and per client address (web and API alike). Each attempt takes a token from both
 * buckets and a successful one gives them back, so only failures count, and parallel guesses cannot overtake the
 * count. Bucket4j does the token arithmetic (greedy refill: one attempt comes back every period/limit); Caffeine
 * bounds the buckets kept in memory and forgets idle ones. Limits are per application instance.
 */
@Singleton
class LoginThrottle {

    private static final long MAX_KEYS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final int perAccount;
    private final int perClient;
    private final Duration period;

    LoginThrottle(@Value("${yumroad.login-throttle.per-account:5}") int perAccount,
                  @Value("${yumroad.login-throttle.per-client:20}") int perClient,
                  @Value("${yumroad.login-throttle.period:1m}") Duration period) {
        this.perAccount = perAccount;
        this.perClient = perClient;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** Takes one attempt for this client and email; TooManyRequestsException when either has none left. */
    Attempt begin(String clientAddress, String email) {
        Bucket client = bucket("client:" + clientAddress, perClient);
        Bucket account = bucket("account:" + AccountRules.normaliseEmail(email), perAccount);
        ConsumptionProbe byClient = client.tryConsumeAndReturnRemaining(1);
        if (!byClient.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(byClient.getNanosToWaitForRefill()));
        }
        ConsumptionProbe byAccount = account.tryConsumeAndReturnRemaining(1);
        if (!byAccount.isConsumed()) {
            client.addTokens(1);
            throw new TooManyRequestsException(Duration.ofNanos(byAccount.getNanosToWaitForRefill()));
        }
        return new Attempt(client, account);
    }

    private Bucket bucket(String key, int limit) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, period))
                .build());
    }

    /** One log-in attempt under way: {@link #succeeded()} returns what it took. */
    record Attempt(Bucket client, Bucket account) {

        void succeeded() {
            client.addTokens(1);
            account.addTokens(1);
        }
    }
}
