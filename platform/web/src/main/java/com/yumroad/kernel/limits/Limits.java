package com.yumroad.kernel.limits;

import com.yumroad.kernel.errors.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Limits on attempts at guessable secrets, counted in PostgreSQL ({@code platform.rate_limit_buckets}) with
 * Bucket4j's select-for-update proxy manager, so every instance on the database takes from the same buckets: two
 * instances behind one proxy give an attacker no extra guesses. Each take is a short transaction of its own, apart
 * from the caller's (a refused guess whose use case rolls back still counts). Subjects are stored hashed.
 */
@Singleton
public class Limits {

    private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);
    private static final int CLEAN_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    Limits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("platform.rate_limit_buckets")
                .idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                .build();
    }

    /** Takes one attempt for this subject; TooManyRequestsException (with the wait) when none is left. */
    public Attempt take(Limit limit, String subject) {
        return takeAll(Map.of(limit, subject));
    }

    /**
     * Takes one attempt from each limit for its subject, in order; when one has none left, the ones already taken
     * are given back and TooManyRequestsException says how long to wait.
     */
    public Attempt takeAll(Map<Limit, String> subjects) {
        List<Bucket> taken = new ArrayList<>();
        for (Map.Entry<Limit, String> entry : subjects.entrySet()) {
            Bucket bucket = bucket(entry.getKey(), entry.getValue());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(b -> b.addTokens(1));
                throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            taken.add(bucket);
        }
        return new Attempt(taken);
    }

    private Bucket bucket(Limit limit, String subject) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.attempts()).refillGreedy(limit.attempts(), limit.period()))
                .build();
        return buckets.getProxy(limit.name() + ":" + hash(subject), () -> configuration);
    }

    /** Drops buckets that have been full for a while: they hold nothing a new bucket would not. */
    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    void removeExpired() {
        while (buckets.removeExpired(CLEAN_BATCH) == CLEAN_BATCH) {
            // more to remove
        }
    }

    private static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
