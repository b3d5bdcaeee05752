package com.yumroad.parcels.internal;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

/** The test module's own business (a sub-package): it has no public name and is never streamed. */
@Serdeable
public record ParcelScanned(String parcel) implements DomainEvent {
}
