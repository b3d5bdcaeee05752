package com.yumroad.accounts.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.yumroad.kernel.notices.ChangeNotices;
import com.yumroad.kernel.notices.NoticedCache;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Each user's current session version, as every token check needs it, kept in memory and read from the database
 * when missing. A revocation NOTIFYs {@link #CHANNEL} in its transaction, so every instance forgets the user's version
 * when the revocation commits ({@link NoticedCache}).
 */
@Singleton
class SessionVersions {

    static final String CHANNEL = "accounts_sessions";

    private final UserRepository users;
    private final NoticedCache<Long, Integer> versions;

    SessionVersions(UserRepository users, ChangeNotices notices) {
        this.users = users;
        this.versions = notices.cache(CHANNEL, Long::valueOf, Caffeine.newBuilder().maximumSize(100_000));
    }

    /** The user's session version; empty when the user does not exist (any more). */
    Optional<Integer> current(long userId) {
        return Optional.ofNullable(versions.get(userId, id -> users.findSessionVersionById(id).orElse(null)));
    }

    /** This instance forgets at once when the revocation commits; the others when the notification arrives. */
    void forgetAfterCommit(long userId) {
        versions.forgetAfterCommit(userId);
    }
}
