package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@EventName("accounts.user-renamed")
public record UserRenamed(long userId, String name) implements DomainEvent {
}
