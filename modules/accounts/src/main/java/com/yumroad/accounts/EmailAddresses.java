package com.yumroad.accounts;

import java.util.Optional;

/**
 * Users' addresses: verified when the owner follows a link sent to them (after sign-up, on request), and changed
 * only when the new address confirms ({@link EmailChanged}); until then the current one stays.
 */
public interface EmailAddresses {

    boolean isVerified(long userId);

    /**
     * A fresh confirmation link for the user's current address, unless it is verified already (or the user is gone):
     * what the mail after sign-up carries.
     */
    Optional<EmailConfirmation> confirmationFor(long userId);

    /** Sends a new confirmation link to the current address ({@link EmailConfirmationRequested}), if unverified. */
    void resendConfirmation(long userId);

    /**
     * Asks to move the account to {@code newEmail}: checks the current password (limited like a password change) and
     * the address (InvalidInputException beside {@code email} or {@code currentPassword}), then sends a link to the
     * new address ({@link EmailConfirmationRequested} with {@code change}). Nothing changes until it is followed.
     */
    void requestChange(long userId, String newEmail, String currentPassword);

    /** The confirmation a link is for, while unused and unexpired. */
    Optional<EmailConfirmation> check(String token);

    /**
     * Follows a confirmation link: verifies the address, or, for a change, makes it the account's (announcing
     * {@link EmailChanged}). InvalidInputException on {@code token} when the link is used, expired or unknown, or the
     * address has since been taken by another account.
     */
    EmailConfirmation confirm(String token);

    /** The path a confirmation link opens. */
    String path(long tokenId);
}
