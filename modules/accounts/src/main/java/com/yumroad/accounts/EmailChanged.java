package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

/** The new address confirmed: the account moved from {@code previousEmail} to {@code email}. */
@Serdeable
public record EmailChanged(long userId, String previousEmail, String email) implements DomainEvent {
}
