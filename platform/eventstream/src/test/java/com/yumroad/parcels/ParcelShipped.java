package com.yumroad.parcels;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

/** A public event of a test module "parcels": streamed as {@code <prefix>.parcels.parcel-shipped}. */
@Serdeable
public record ParcelShipped(String parcel, long weightGrams) implements DomainEvent {
}
