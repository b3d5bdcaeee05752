package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;

public record UserRegistered(long userId, String email, String name) implements DomainEvent {
}
