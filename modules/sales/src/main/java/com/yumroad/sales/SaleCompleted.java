package com.yumroad.sales;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * An order was paid: a sale. Published once per order, whatever the duplicates (webhooks delivered twice, a success
 * page reloaded, a webhook racing the redirect). Amount in minor units of {@code currency}.
 */
@Serdeable
@EventName("sales.sale-completed")
public record SaleCompleted(long orderId, long productId, long storeId, long sellerId, String productName,
                            String buyerEmail, long amountCents, String currency, Instant orderedAt, Instant paidAt)
        implements DomainEvent {
}
