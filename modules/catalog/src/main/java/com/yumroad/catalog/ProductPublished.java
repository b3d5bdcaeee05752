package com.yumroad.catalog;

import com.yumroad.kernel.events.DomainEvent;

public record ProductPublished(long productId, long storeId, long creatorId, String name) implements DomainEvent {
}
