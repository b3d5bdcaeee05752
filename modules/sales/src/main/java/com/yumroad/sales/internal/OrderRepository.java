package com.yumroad.sales.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Orders. Each transition is one conditional UPDATE that names the status it leaves: PostgreSQL locks the row, and
 * a second, concurrent or later, attempt finds the status changed and updates nothing (answers 0).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderRepository extends CrudRepository<OrderRow, Long> {

    Optional<OrderRow> findByPaymentReference(String paymentReference);

    @Query("""
            update sales.orders set payment_reference = :reference, updated_at = :now
            where id = :id and status = 'pending' and payment_reference is null""")
    int attachReference(long id, String reference, Instant now);

    /** pending (or expired: the provider took the money in time) -> paid. */
    @Query("""
            update sales.orders set status = 'paid', payment_id = :paymentId, paid_at = :now, updated_at = :now
            where id = :id and status in ('pending', 'expired')""")
    int markPaid(long id, @Nullable String paymentId, Instant now);

    @Query("""
            update sales.orders set status = 'declined', closed_at = :now, updated_at = :now
            where id = :id and status = 'pending'""")
    int markDeclined(long id, Instant now);

    @Query("""
            update sales.orders set status = 'expired', closed_at = :now, updated_at = :now
            where id = :id and status = 'pending'""")
    int markExpired(long id, Instant now);

    @Query("""
            update sales.orders set status = 'expired', closed_at = :now, updated_at = :now
            where status = 'pending' and expires_at <= :now""")
    int expireDue(Instant now);

    @Query("""
            update sales.orders set status = 'refunded', refunded_at = :now, updated_at = :now
            where id = :id and status = 'paid'""")
    int markRefunded(long id, Instant now);

    /** One page of a seller's sales, newest first, after a keyset position; each filter applies only when given. */
    @Query("""
            select o.* from sales.orders o
            where o.seller_id = :sellerId and o.status in ('paid', 'refunded')
              and (cast(:productId as bigint) is null or o.product_id = :productId)
              and (cast(:paidFrom as timestamptz) is null or o.paid_at >= :paidFrom)
              and (cast(:paidBefore as timestamptz) is null or o.paid_at < :paidBefore)
              and (cast(:afterId as bigint) is null or o.id < :afterId)
            order by o.id desc
            limit :limit""")
    List<OrderRow> page(long sellerId, @Nullable Long productId, @Nullable Instant paidFrom,
                        @Nullable Instant paidBefore, @Nullable Long afterId, int limit);

    @Query("""
            select o.product_id, count(*) as sales from sales.orders o
            where o.status = 'paid' and o.product_id in (:productIds)
            group by o.product_id""")
    List<ProductSales> paidCounts(Collection<Long> productIds);
}
