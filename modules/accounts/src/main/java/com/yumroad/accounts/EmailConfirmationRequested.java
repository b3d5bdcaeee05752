package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A link to confirm {@code email} is to be sent ({@link EmailAddresses#path} of the token): the current address
 * again, or ({@code change}) the one the user asked to move to.
 */
@Serdeable
public record EmailConfirmationRequested(long userId, String email, long tokenId, boolean change)
        implements DomainEvent {
}
