package com.yumroad.webhooks.subscriptions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SubscriptionRepository extends CrudRepository<Subscription, Long> {

    List<Subscription> findByOwnerIdOrderByIdDesc(long ownerId);

    Optional<Subscription> findByIdAndOwnerId(long id, long ownerId);

    long countByOwnerId(long ownerId);

    /** Serialises one owner's subscribing (a transaction lock on a key of the owner), so the limit holds in a race. */
    @Query("select 1 from (select pg_advisory_xact_lock(hashtextextended('webhooks.subscriptions', :ownerId))) held")
    int holdOwner(long ownerId);

    int deleteByIdAndOwnerId(long id, long ownerId);

    void deleteByOwnerId(long ownerId);

    @Query("update webhooks.subscriptions set secret = :secret, previous_secret = :previousSecret, "
            + "previous_secret_expires_at = :previousSecretExpiresAt where id = :id")
    void rotate(long id, String secret, String previousSecret, Instant previousSecretExpiresAt);

    @Query("update webhooks.subscriptions set consecutive_failures = 0 where id = :id and consecutive_failures <> 0")
    void succeeded(long id);

    /** Counts one more failure in a row; answers the new count. */
    @Query("update webhooks.subscriptions set consecutive_failures = consecutive_failures + 1 where id = :id "
            + "returning consecutive_failures")
    int failed(long id);

    @Query("update webhooks.subscriptions set disabled_at = :at where id = :id and disabled_at is null")
    int disable(long id, Instant at);

    @Query("update webhooks.subscriptions set disabled_at = null, consecutive_failures = 0 where id = :id")
    void enable(long id);
}
