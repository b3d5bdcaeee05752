package com.yumroad.accounts;

import io.micronaut.security.authentication.Authentication;

/**
 * The log-in sessions of a user. Every token made for log-in (the web cookie, the API's bearer token) carries the
 * user's session version; {@link #revokeAll} raises it, and every instance refuses the older tokens at once.
 */
public interface Sessions {

    /** The claim carrying the session version in a token. */
    String VERSION_CLAIM = "sv";

    /** The authentication to put into a new token for this user, at their current session version. */
    Authentication start(long userId);

    /**
     * Ends every session of the user: web cookies and bearer tokens issued so far stop working on every instance
     * when the calling transaction commits (or at once without one). Used by log-out, password change, account
     * deletion; open to any module that must sign a user out (a password reset, say).
     */
    void revokeAll(long userId);
}
