package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UserRegistered(long userId, String email, String name) implements DomainEvent {
}
