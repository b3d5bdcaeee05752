package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;

public record UserRenamed(long userId, String name) implements DomainEvent {
}
