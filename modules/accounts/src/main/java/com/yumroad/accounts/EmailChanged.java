package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

/** The new address confirmed: the account moved from {@code previousEmail} to {@code email}. */
@Serdeable
@EventName("accounts.email-changed")
public record EmailChanged(long userId, String previousEmail, String email) implements DomainEvent {
}
