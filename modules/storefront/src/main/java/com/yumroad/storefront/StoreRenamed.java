package com.yumroad.storefront;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@EventName("storefront.store-renamed")
public record StoreRenamed(long storeId, String previousName, String name) implements DomainEvent {
}
