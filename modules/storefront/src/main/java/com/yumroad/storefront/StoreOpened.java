package com.yumroad.storefront;

import com.yumroad.kernel.events.DomainEvent;

public record StoreOpened(long storeId, long ownerId, String name) implements DomainEvent {
}
