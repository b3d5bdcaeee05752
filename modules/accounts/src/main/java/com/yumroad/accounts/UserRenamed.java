package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UserRenamed(long userId, String name) implements DomainEvent {
}
