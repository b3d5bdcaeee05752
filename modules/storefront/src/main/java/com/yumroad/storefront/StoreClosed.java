package com.yumroad.storefront;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Published inside the closing transaction, before the store's row goes, so that synchronous listeners remove
 * what belongs to the store first.
 */
@Serdeable
@EventName("storefront.store-closed")
public record StoreClosed(long storeId, long ownerId) implements DomainEvent {
}
