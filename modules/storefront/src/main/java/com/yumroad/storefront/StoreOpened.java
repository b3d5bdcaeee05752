package com.yumroad.storefront;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@EventName("storefront.store-opened")
public record StoreOpened(long storeId, long ownerId, String name) implements DomainEvent {
}
