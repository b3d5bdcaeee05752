package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A link to confirm {@code email} is to be sent ({@link EmailAddresses#path} of the token): the current address
 * again, or ({@code change}) the one the user asked to move to.
 */
@Serdeable
@EventName("accounts.email-confirmation-requested")
public record EmailConfirmationRequested(long userId, String email, long tokenId, boolean change)
        implements DomainEvent {
}
