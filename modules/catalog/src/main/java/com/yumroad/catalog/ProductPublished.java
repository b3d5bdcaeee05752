package com.yumroad.catalog;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@EventName("catalog.product-published")
public record ProductPublished(long productId, long storeId, long creatorId, String name) implements DomainEvent {
}
