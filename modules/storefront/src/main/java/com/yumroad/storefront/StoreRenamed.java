package com.yumroad.storefront;

import com.yumroad.kernel.events.DomainEvent;

public record StoreRenamed(long storeId, String previousName, String name) implements DomainEvent {
}
