package com.yumroad.sales;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A paid order was refunded in full. Published once per order. Amount in minor units of {@code currency}. */
@Serdeable
@EventName("sales.sale-refunded")
public record SaleRefunded(long orderId, long productId, long storeId, long sellerId, String productName,
                           String buyerEmail, long amountCents, String currency, Instant orderedAt, Instant paidAt,
                           Instant refundedAt) implements DomainEvent {
}
