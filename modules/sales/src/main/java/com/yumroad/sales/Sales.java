package com.yumroad.sales;

import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The sales module's API: orders and their status, a seller's sales, and the buyer's private receipt link.
 * Announces {@link SaleCompleted} and {@link SaleRefunded}.
 */
public interface Sales {

    /** Any order, whatever its status (pending, paid, declined, expired, refunded). */
    Optional<Sale> find(long orderId);

    /** A sale of the acting seller's: NotFoundException for an unknown order, ForbiddenException for another's. */
    Sale ofSeller(long orderId, long actingUserId);

    /** A seller's sales (paid and refunded orders), newest first, keyset-paged. */
    Page<Sale> list(SaleQuery query, PageRequest page);

    /** How many paid, unrefunded sales each of these products has; products without any are absent. */
    Map<Long, Long> paidSalesCounts(Collection<Long> productIds);

    /**
     * Refunds a paid sale in full through its payment provider; only its seller may (ForbiddenException),
     * ConflictException unless it is paid. Publishes {@link SaleRefunded} once.
     */
    Sale refund(long orderId, long actingUserId);

    /**
     * The buyer's private link to the order's receipt, {@code /receipts/{orderId}/{signature}}: the signature is an
     * HMAC of the order id under a key from configuration, so the link can be rebuilt at any time (an email after
     * the commit) and nothing secret is stored.
     */
    String receiptPath(long orderId);

    /** The order a receipt link names, when its signature is right. */
    Optional<Sale> byReceipt(long orderId, String signature);
}
