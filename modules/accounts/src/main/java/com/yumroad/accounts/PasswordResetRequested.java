package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

/** Someone asked for a password reset of an existing account: send {@link PasswordResets#path} of the token to {@code email}. */
@Serdeable
@EventName("accounts.password-reset-requested")
public record PasswordResetRequested(long userId, String email, long tokenId) implements DomainEvent {
}
