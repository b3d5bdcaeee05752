package com.yumroad.catalog;

import com.yumroad.kernel.events.DomainEvent;

public record ProductRemoved(long productId, long storeId, String name) implements DomainEvent {
}
