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
            update sales.orders set status = 'expired', closed_at = :now, updated_at = :now
            where status = 'pending' and store_id = :storeId""")
    int expirePendingOfStore(long storeId, Instant now);

    @Query("""
            update sales.orders set status = 'expired', closed_at = :now, updated_at = :now
            where status = 'pending' and product_id = :productId""")
    int expirePendingOfProduct(long productId, Instant now);

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

    /** Revenue of paid, unrefunded sales per currency: since {@code today}, since {@code month}, all time. */
    @Query("""
            select o.currency, count(*) as sales,
                   coalesce(sum(o.amount_cents) filter (where o.paid_at >= :today), 0) as today_cents,
                   coalesce(sum(o.amount_cents) filter (where o.paid_at >= :month), 0) as last30_days_cents,
                   sum(o.amount_cents) as all_time_cents
            from sales.orders o
            where o.seller_id = :sellerId and o.status = 'paid'
            group by o.currency order by o.currency""")
    List<CurrencyTotals> totals(long sellerId, Instant today, Instant month);

    /** Revenue per UTC day and currency since {@code from}. */
    @Query("""
            select cast(o.paid_at at time zone 'UTC' as date) as day, o.currency, sum(o.amount_cents) as amount_cents
            from sales.orders o
            where o.seller_id = :sellerId and o.status = 'paid' and o.paid_at >= :from
            group by 1, 2 order by 1, 2""")
    List<DailyRevenue> daily(long sellerId, Instant from);

    /** Every product the seller has sold (deleted ones too), named as at its latest sale, with its paid sales. */
    @Query("""
            select distinct on (o.product_id) o.product_id, o.product_name,
                   (select count(*) from sales.orders p where p.product_id = o.product_id and p.status = 'paid') as paid
            from sales.orders o
            where o.seller_id = :sellerId and o.status in ('paid', 'refunded')
            order by o.product_id, o.id desc""")
    List<SoldProduct> soldProducts(long sellerId);
}
