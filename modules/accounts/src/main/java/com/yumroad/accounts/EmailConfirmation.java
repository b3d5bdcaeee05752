package com.yumroad.accounts;

/** A link to confirm {@code email} for a user: their current address, or ({@code change}) the one they asked to move to. */
public record EmailConfirmation(long userId, String email, boolean change, String path) {
}
