package com.yumroad.sales.internal;

import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.paging.Cursors;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.sales.Sale;
import com.yumroad.sales.SaleQuery;
import com.yumroad.sales.SaleStatus;
import com.yumroad.sales.Sales;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Singleton
class OrderManagement implements Sales {

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final PaymentGateways gateways;
    private final ReceiptLinks receipts;
    private final Cursors cursors;

    OrderManagement(OrderRepository orders, OrderTransitions transitions, PaymentGateways gateways,
                    ReceiptLinks receipts, Cursors cursors) {
        this.orders = orders;
        this.transitions = transitions;
        this.gateways = gateways;
        this.receipts = receipts;
        this.cursors = cursors;
    }

    @Override
    @ReadOnly
    public Optional<Sale> find(long orderId) {
        return orders.findById(orderId).map(OrderRow::sale);
    }

    @Override
    @ReadOnly
    public Sale ofSeller(long orderId, long actingUserId) {
        return sellersOrder(orderId, actingUserId).sale();
    }

    @Override
    @ReadOnly
    public Page<Sale> list(SaleQuery query, PageRequest page) {
        String listKey = "sales;seller=" + query.sellerId() + ";product=" + query.productId() + ";from="
                + query.paidFrom() + ";before=" + query.paidBefore();
        Long afterId = page.cursor() == null ? null : cursors.position(page.cursor(), listKey);
        List<OrderRow> rows = orders.page(query.sellerId(), query.productId(), query.paidFrom(), query.paidBefore(),
                afterId, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<OrderRow> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? cursors.after(shown.get(shown.size() - 1).id(), listKey) : null;
        return new Page<>(shown.stream().map(OrderRow::sale).toList(), next);
    }

    @Override
    @ReadOnly
    public Map<Long, Long> paidSalesCounts(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return orders.paidCounts(productIds).stream()
                .collect(Collectors.toMap(ProductSales::productId, ProductSales::sales));
    }

    /**
     * The provider first (idempotent per order), then the conditional update: two refunds racing both reach the
     * provider, which refunds once, and only one changes the order; the other is told it is already refunded.
     */
    @Override
    public Sale refund(long orderId, long actingUserId) {
        OrderRow order = sellersOrder(orderId, actingUserId);
        if (order.saleStatus() != SaleStatus.PAID) {
            throw new ConflictException("status", order.saleStatus() == SaleStatus.REFUNDED
                    ? "This sale is already refunded" : "Only a paid sale can be refunded");
        }
        if (order.amountCents() > 0) {
            gateways.of(order.paymentProvider()).orElseThrow(() -> new PaymentFailedException(
                            "The order was paid through " + order.paymentProvider() + ", which is not configured"))
                    .refund(order.id(), order.paymentId(), order.amountCents(), order.currency());
        }
        return transitions.refunded(orderId)
                .orElseThrow(() -> new ConflictException("status", "This sale is already refunded")).sale();
    }

    @Override
    public String receiptPath(long orderId) {
        return receipts.path(orderId);
    }

    @Override
    @ReadOnly
    public Optional<Sale> byReceipt(long orderId, String signature) {
        return receipts.verify(orderId, signature) ? find(orderId) : Optional.empty();
    }

    private OrderRow sellersOrder(long orderId, long actingUserId) {
        OrderRow order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("Sale", orderId));
        if (order.sellerId() != actingUserId) {
            throw new ForbiddenException("Only the seller may see or refund a sale");
        }
        return order;
    }
}
