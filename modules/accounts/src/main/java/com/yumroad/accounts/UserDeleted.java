package com.yumroad.accounts;

import com.yumroad.kernel.events.DomainEvent;
import com.yumroad.kernel.events.EventName;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Published inside the deleting transaction, before the user's row goes: synchronous listeners remove what the user
 * owns in their modules, and the foreign keys to accounts.users refuse the deletion if any of it is left.
 */
@Serdeable
@EventName("accounts.user-deleted")
public record UserDeleted(long userId) implements DomainEvent {
}
