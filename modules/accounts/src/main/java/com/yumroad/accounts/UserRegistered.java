package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;

@EventName("accounts.user-registered")
public record UserRegistered(long userId, String email, String name) implements DomainEvent {
}
