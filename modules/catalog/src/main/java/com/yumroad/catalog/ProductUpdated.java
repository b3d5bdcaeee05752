package com.yumroad.catalog;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@EventName("catalog.product-updated")
public record ProductUpdated(long productId, long storeId, String name) implements DomainEvent {
}
