package com.yumroad.catalog;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ProductRemoved(long productId, long storeId, String name) implements DomainEvent {
}
