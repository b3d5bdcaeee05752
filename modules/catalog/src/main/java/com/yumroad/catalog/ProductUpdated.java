package com.yumroad.catalog;

import com.yumroad.kernel.events.DomainEvent;

public record ProductUpdated(long productId, long storeId, String name) implements DomainEvent {
}
