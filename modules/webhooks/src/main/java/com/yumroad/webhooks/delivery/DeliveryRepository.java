package com.yumroad.webhooks.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeliveryRepository extends CrudRepository<DeliveryRow, Long> {

    boolean existsBySubscriptionIdAndMessageId(long subscriptionId, String messageId);

    @Query("select * from webhooks.deliveries where subscription_id = :subscriptionId order by id desc limit :limit")
    List<DeliveryRow> recent(long subscriptionId, int limit);

    Optional<DeliveryRow> findByIdAndSubscriptionId(long id, long subscriptionId);

    @Query("update webhooks.deliveries set status = :status, attempts = attempts + 1, last_attempt_at = :at, "
            + "last_status_code = :statusCode, last_response = :response, last_error = :error where id = :id")
    void recordAttempt(long id, String status, Instant at, @Nullable Integer statusCode, String response,
                       @Nullable String error);

    @Query("update webhooks.deliveries set status = :status where id = :id")
    void mark(long id, String status);

    @Query("update webhooks.deliveries set status = 'pending', retry_until = :retryUntil where id = :id")
    void again(long id, Instant retryUntil);
}
