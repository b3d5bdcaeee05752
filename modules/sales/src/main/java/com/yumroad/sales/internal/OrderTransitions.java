package com.yumroad.sales.internal;

import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.sales.SaleCompleted;
import com.yumroad.sales.SaleRefunded;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The order state machine. Each transition is one conditional UPDATE from the status it leaves; only the call that
 * changed the row publishes the event, so duplicates (a webhook delivered twice, a reloaded page, a webhook racing
 * the buyer's return) leave one paid order and one {@link SaleCompleted}. Every method answers the order as it
 * stands afterwards, whoever changed it.
 */
@Singleton
public class OrderTransitions {

    private final OrderRepository orders;
    private final DomainEvents events;

    OrderTransitions(OrderRepository orders, DomainEvents events) {
        this.orders = orders;
        this.events = events;
    }

    @Transactional
    public OrderRow paid(long orderId, @Nullable String paymentId) {
        if (orders.markPaid(orderId, paymentId, now()) == 1) {
            OrderRow row = orders.findById(orderId).orElseThrow();
            events.publish(new SaleCompleted(row.id(), row.productId(), row.storeId(), row.sellerId(),
                    row.productName(), row.buyerEmail(), row.amountCents(), row.currency(), row.createdAt(),
                    row.paidAt()));
            return row;
        }
        return current(orderId);
    }

    /**
     * The provider confirmed a payment for this reference: paid, unless the amount or currency differ from the
     * order's (then nothing changes and the answer is empty: an operator must look).
     */
    @Transactional
    public Optional<OrderRow> confirmed(String reference, PaymentConfirmation confirmation) {
        Optional<OrderRow> order = orders.findByPaymentReference(reference);
        if (order.isEmpty() || order.get().amountCents() != confirmation.amountCents()
                || !order.get().currency().equalsIgnoreCase(confirmation.currency())) {
            return Optional.empty();
        }
        return Optional.of(paid(order.get().id(), confirmation.paymentId()));
    }

    @Transactional
    public OrderRow declined(long orderId) {
        orders.markDeclined(orderId, now());
        return current(orderId);
    }

    @Transactional
    public OrderRow expired(long orderId) {
        orders.markExpired(orderId, now());
        return current(orderId);
    }

    @Transactional
    public int expireDue() {
        return orders.expireDue(now());
    }

    /** The refunded order when this call refunded it; empty when it was not paid (or another call refunded it). */
    @Transactional
    public Optional<OrderRow> refunded(long orderId) {
        if (orders.markRefunded(orderId, now()) != 1) {
            return Optional.empty();
        }
        OrderRow row = orders.findById(orderId).orElseThrow();
        events.publish(new SaleRefunded(row.id(), row.productId(), row.storeId(), row.sellerId(),
                row.productName(), row.buyerEmail(), row.amountCents(), row.currency(), row.createdAt(),
                row.paidAt(), row.refundedAt()));
        return Optional.of(row);
    }

    /** Microseconds: what PostgreSQL keeps, so an event's times equal the row's. */
    private Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private OrderRow current(long orderId) {
        return orders.findById(orderId).orElseThrow();
    }
}
