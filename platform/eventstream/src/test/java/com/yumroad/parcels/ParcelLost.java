package com.yumroad.parcels;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ParcelLost(String parcel) implements DomainEvent {
}
