package com.yumroad.storefront;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record StoreRenamed(long storeId, String previousName, String name) implements DomainEvent {
}
