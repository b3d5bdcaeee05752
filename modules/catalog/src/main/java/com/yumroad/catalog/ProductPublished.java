package com.yumroad.catalog;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ProductPublished(long productId, long storeId, long creatorId, String name) implements DomainEvent {
}
