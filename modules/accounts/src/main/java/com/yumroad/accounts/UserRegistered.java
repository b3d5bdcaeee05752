package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@EventName("accounts.user-registered")
public record UserRegistered(long userId, String email, String name) implements DomainEvent {
}
