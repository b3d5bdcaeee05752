package com.yumroad.accounts;

import java.util.Optional;

/**
 * "Forgot password": a link by mail that sets a new password. Requests answer the same whether the email has an
 * account or not; they are limited per email and per client ({@code yumroad.limits.password-reset}).
 */
public interface PasswordResets {

    /**
     * Issues a reset link (valid {@code yumroad.accounts.password-reset-ttl}, one hour) when the email has an account,
     * announced by {@link PasswordResetRequested}; nothing otherwise, and no way to tell. TooManyRequestsException
     * when the email or the client asked too often.
     */
    void request(String email, String clientAddress);

    /** The user a reset link is for, while it is unused and unexpired. */
    Optional<UserSummary> check(String token);

    /**
     * Sets the new password (InvalidInputException on {@code newPassword}; on {@code token} when the link is used,
     * expired or unknown), uses the link up and ends every session of the user. Following the link also proves
     * the address: it is marked verified.
     */
    UserSummary reset(String token, String newPassword);

    /** The path of the reset page a {@link PasswordResetRequested} links to. */
    String path(long tokenId);
}
