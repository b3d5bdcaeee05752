package com.yumroad.accounts.internal;

import com.yumroad.accounts.PasswordResetRequested;
import com.yumroad.accounts.PasswordResets;
import com.yumroad.accounts.Sessions;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.kernel.limits.Limit;
import com.yumroad.kernel.limits.Limits;
import com.yumroad.kernel.text.Text;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

@Singleton
class PasswordResetManagement implements PasswordResets {

    static final String LINK_NOT_VALID = "This link is used up or has expired. Ask for a new one.";

    private final UserRepository users;
    private final AccountTokens tokens;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final DomainEvents events;
    private final Limits limits;
    private final Limit perEmail;
    private final Limit perClient;
    private final Duration lifetime;

    PasswordResetManagement(UserRepository users, AccountTokens tokens, PasswordHasher hasher, Sessions sessions,
                            DomainEvents events, Limits limits,
                            @Value("${yumroad.limits.password-reset.per-email:3}") int perEmail,
                            @Value("${yumroad.limits.password-reset.per-client:10}") int perClient,
                            @Value("${yumroad.limits.password-reset.period:1h}") Duration period,
                            @Value("${yumroad.accounts.password-reset-ttl:1h}") Duration lifetime) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.sessions = sessions;
        this.events = events;
        this.limits = limits;
        this.perEmail = new Limit("password-reset-email", perEmail, period);
        this.perClient = new Limit("password-reset-client", perClient, period);
        this.lifetime = lifetime;
    }

    @Override
    @Transactional
    public void request(String email, String clientAddress) {
        String normalised = AccountRules.normaliseEmail(email);
        Map<Limit, String> subjects = new LinkedHashMap<>();
        subjects.put(perClient, clientAddress);
        subjects.put(perEmail, normalised == null ? "" : normalised);
        limits.takeAll(subjects);
        if (!Text.isSearchable(normalised)) {
            return;
        }
        users.findByEmail(normalised).ifPresent(user -> {
            long tokenId = tokens.issue(user.id(), AccountTokens.PASSWORD_RESET, user.email(), lifetime);
            events.publish(new PasswordResetRequested(user.id(), user.email(), tokenId));
        });
    }

    @Override
    @ReadOnly
    public Optional<UserSummary> check(String token) {
        return valid(token).map(found -> found.user().summary());
    }

    @Override
    @Transactional
    public UserSummary reset(String token, String newPassword) {
        Found found = valid(token).orElseThrow(() -> new InvalidInputException("token", LINK_NOT_VALID));
        AccountRules.checkPassword("newPassword", newPassword).ifPresent(error -> {
            throw new InvalidInputException(java.util.List.of(error));
        });
        if (!tokens.use(found.token().id())) {
            throw new InvalidInputException("token", LINK_NOT_VALID);
        }
        long userId = found.user().id();
        users.updatePasswordHash(userId, hasher.hash(newPassword), Instant.now());
        users.markVerified(userId, found.token().email());
        tokens.useAll(userId, AccountTokens.PASSWORD_RESET);
        sessions.revokeAll(userId);
        return found.user().summary();
    }

    @Override
    public String path(long tokenId) {
        return "/password-reset/" + tokens.secret(tokenId);
    }

    private record Found(AccountTokens.Token token, User user) {
    }

    /** A link sent to an address the account no longer has is dead. */
    private Optional<Found> valid(String token) {
        return tokens.find(token, AccountTokens.PASSWORD_RESET).flatMap(t -> users.findById(t.userId())
                .filter(user -> user.email().equals(t.email())).map(user -> new Found(t, user)));
    }
}
