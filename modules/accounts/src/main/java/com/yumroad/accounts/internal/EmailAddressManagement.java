package com.yumroad.accounts.internal;

import com.yumroad.accounts.EmailAddresses;
import com.yumroad.accounts.EmailChanged;
import com.yumroad.accounts.EmailConfirmation;
import com.yumroad.accounts.EmailConfirmationRequested;
import com.yumroad.kernel.errors.Constraints;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.kernel.limits.Attempt;
import com.yumroad.kernel.limits.Limit;
import com.yumroad.kernel.limits.Limits;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@Singleton
class EmailAddressManagement implements EmailAddresses {

    static final String LINK_NOT_VALID = "This link is used up or has expired. Ask for a new one from your account page.";
    static final String TAKEN = "An account with this email already exists";

    private final UserRepository users;
    private final AccountTokens tokens;
    private final PasswordHasher hasher;
    private final DomainEvents events;
    private final Limits limits;
    private final Limit passwordChecks;
    private final Duration lifetime;

    EmailAddressManagement(UserRepository users, AccountTokens tokens, PasswordHasher hasher, DomainEvents events,
                           Limits limits,
                           @Value("${yumroad.limits.password-check.attempts:5}") int passwordCheckAttempts,
                           @Value("${yumroad.limits.password-check.period:5m}") Duration passwordCheckPeriod,
                           @Value("${yumroad.accounts.email-confirmation-ttl:24h}") Duration lifetime) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.events = events;
        this.limits = limits;
        this.passwordChecks = new Limit("password-check", passwordCheckAttempts, passwordCheckPeriod);
        this.lifetime = lifetime;
    }

    @Override
    @ReadOnly
    public boolean isVerified(long userId) {
        return users.findById(userId).map(user -> user.emailVerifiedAt() != null).orElse(false);
    }

    @Override
    @Transactional
    public Optional<EmailConfirmation> confirmationFor(long userId) {
        return users.findById(userId).filter(user -> user.emailVerifiedAt() == null).map(user -> {
            long tokenId = tokens.issue(userId, AccountTokens.EMAIL, user.email(), lifetime);
            return new EmailConfirmation(userId, user.email(), false, path(tokenId));
        });
    }

    @Override
    @Transactional
    public void resendConfirmation(long userId) {
        users.findById(userId).filter(user -> user.emailVerifiedAt() == null).ifPresent(user -> {
            long tokenId = tokens.issue(userId, AccountTokens.EMAIL, user.email(), lifetime);
            events.publish(new EmailConfirmationRequested(userId, user.email(), tokenId, false));
        });
    }

    @Override
    @Transactional
    public void requestChange(long userId, String newEmail, String currentPassword) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        Attempt guess = limits.take(passwordChecks, Long.toString(userId));
        if (currentPassword == null || !hasher.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "Current password is not right");
        }
        guess.succeeded();
        String email = AccountRules.normaliseEmail(newEmail);
        AccountRules.checkEmail(email).ifPresent(error -> {
            throw new InvalidInputException(List.of(error));
        });
        if (email.equals(user.email())) {
            throw new InvalidInputException("email", "This is already your address");
        }
        if (users.findByEmail(email).isPresent()) {
            throw new InvalidInputException("email", TAKEN);
        }
        long tokenId = tokens.issue(userId, AccountTokens.EMAIL, email, lifetime);
        events.publish(new EmailConfirmationRequested(userId, email, tokenId, true));
    }

    @Override
    @ReadOnly
    public Optional<EmailConfirmation> check(String token) {
        return tokens.find(token, AccountTokens.EMAIL).flatMap(t -> users.findById(t.userId())
                .map(user -> new EmailConfirmation(user.id(), t.email(), !user.email().equals(t.email()), path(t.id()))));
    }

    @Override
    @Transactional
    public EmailConfirmation confirm(String token) {
        AccountTokens.Token found = tokens.find(token, AccountTokens.EMAIL)
                .orElseThrow(() -> new InvalidInputException("token", LINK_NOT_VALID));
        User user = users.lockForDeletion(found.userId())
                .orElseThrow(() -> new InvalidInputException("token", LINK_NOT_VALID));
        if (!tokens.use(found.id())) {
            throw new InvalidInputException("token", LINK_NOT_VALID);
        }
        boolean change = !user.email().equals(found.email());
        if (!change) {
            users.markVerified(user.id(), user.email());
            return new EmailConfirmation(user.id(), user.email(), false, path(found.id()));
        }
        if (users.findByEmail(found.email()).isPresent()) {
            throw new InvalidInputException("token", TAKEN);
        }
        try {
            users.changeEmail(user.id(), found.email());
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e, "users_email_key")) {
                throw new InvalidInputException("token", TAKEN);
            }
            throw e;
        }
        // links sent to the old address (a reset, a confirmation) die with it
        tokens.useAll(user.id(), AccountTokens.PASSWORD_RESET);
        events.publish(new EmailChanged(user.id(), user.email(), found.email()));
        return new EmailConfirmation(user.id(), found.email(), true, path(found.id()));
    }

    @Override
    public String path(long tokenId) {
        return "/email/confirm/" + tokens.secret(tokenId);
    }
}
