package com.yumroad.accounts;

import java.time.Instant;

/**
 * What other modules may know of a user. {@code updatedAt}: the last change of the account (name, email, password),
 * as PostgreSQL keeps it (microseconds).
 */
public record UserSummary(long id, String email, String name, Instant createdAt, Instant updatedAt) {
}
