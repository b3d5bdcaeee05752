package com.yumroad.accounts.internal;

import com.yumroad.accounts.Sessions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;

@Singleton
class SessionManagement implements Sessions {

    private final UserRepository users;
    private final SessionVersions versions;
    private final JdbcOperations jdbc;

    SessionManagement(UserRepository users, SessionVersions versions, JdbcOperations jdbc) {
        this.users = users;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    @Override
    public Authentication start(long userId) {
        int version = versions.current(userId).orElseThrow(() -> new IllegalStateException("No user " + userId));
        return Authentication.build(Long.toString(userId), Map.of(VERSION_CLAIM, version));
    }

    @Override
    @Transactional
    public void revokeAll(long userId) {
        users.raiseSessionVersion(userId);
        jdbc.prepareStatement("select pg_notify(?, ?)", statement -> {
            statement.setString(1, SessionVersions.CHANNEL);
            statement.setString(2, Long.toString(userId));
            return statement.execute();
        });
        versions.forgetAfterCommit(userId);
    }
}
