package com.yumroad.storefront;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record StoreOpened(long storeId, long ownerId, String name) implements DomainEvent {
}
