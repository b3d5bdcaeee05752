package com.yumroad.accounts.internal;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.accounts.Sessions;
import com.yumroad.accounts.UserDeleted;
import com.yumroad.accounts.UserRegistered;
import com.yumroad.accounts.UserRenamed;
import com.yumroad.accounts.UserSummary;
import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.Constraints;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.events.DomainEvents;
import com.yumroad.kernel.limits.Attempt;
import com.yumroad.kernel.limits.Limit;
import com.yumroad.kernel.limits.Limits;
import com.yumroad.kernel.text.Text;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.yumroad.accounts.internal.AccountRules.checkEmail;
import static com.yumroad.accounts.internal.AccountRules.checkName;
import static com.yumroad.accounts.internal.AccountRules.checkPassword;
import static com.yumroad.accounts.internal.AccountRules.collect;

@Singleton
class AccountManagement implements Accounts {

    private static final String EMAIL_UNIQUE = "users_email_key";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final DomainEvents events;
    private final Sessions sessions;
    private final Limits limits;
    private final Limit passwordChecks;

    AccountManagement(UserRepository users, PasswordHasher hasher, DomainEvents events, Sessions sessions,
                      Limits limits,
                      @Value("${yumroad.limits.password-check.attempts:5}") int passwordCheckAttempts,
                      @Value("${yumroad.limits.password-check.period:5m}") java.time.Duration passwordCheckPeriod) {
        this.users = users;
        this.hasher = hasher;
        this.events = events;
        this.sessions = sessions;
        this.limits = limits;
        this.passwordChecks = new Limit("password-check", passwordCheckAttempts, passwordCheckPeriod);
    }

    @Override
    @Transactional
    public UserSummary register(Registration registration) {
        String email = AccountRules.normaliseEmail(registration.email());
        String name = AccountRules.normaliseName(registration.name());
        List<FieldError> errors = check(registration);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (users.findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        User user;
        try {
            user = users.save(User.newUser(email, name, hasher.hash(registration.password())));
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e, EMAIL_UNIQUE)) {
                throw emailTaken();
            }
            throw e;
        }
        events.publish(new UserRegistered(user.id(), user.email(), user.name()));
        return user.summary();
    }

    @Override
    public List<FieldError> check(Registration registration) {
        return collect(List.of(checkEmail(AccountRules.normaliseEmail(registration.email())),
                checkName(AccountRules.normaliseName(registration.name())),
                checkPassword("password", registration.password())));
    }

    @Override
    @ReadOnly
    public Optional<UserSummary> authenticate(String email, String password) {
        String normalised = AccountRules.normaliseEmail(email);
        Optional<User> user = Text.isSearchable(normalised) ? users.findByEmail(normalised) : Optional.empty();
        if (user.isEmpty() || password == null) {
            hasher.spendTimeOfOneCheck(password == null ? "" : password);
            return Optional.empty();
        }
        return hasher.matches(password, user.get().passwordHash()) ? user.map(User::summary) : Optional.empty();
    }

    @Override
    @ReadOnly
    public Optional<UserSummary> find(long userId) {
        return users.findById(userId).map(User::summary);
    }

    @Override
    @ReadOnly
    public Map<Long, UserSummary> summaries(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(Set.copyOf(userIds)).stream()
                .map(User::summary)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    @Override
    @Transactional
    public UserSummary rename(long userId, String name) {
        String normalised = AccountRules.normaliseName(name);
        checkName(normalised).ifPresent(error -> {
            throw new InvalidInputException(List.of(error));
        });
        User user = existing(userId);
        Instant now = User.micros(Instant.now());
        users.updateName(userId, normalised, now);
        events.publish(new UserRenamed(userId, normalised));
        return new UserSummary(userId, user.email(), normalised, user.createdAt(), now);
    }

    @Override
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword) {
        User user = existing(userId);
        // Whoever holds a session must not be able to guess the password behind it: wrong guesses are limited.
        Attempt guess = limits.take(passwordChecks, Long.toString(userId));
        if (currentPassword == null || !hasher.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "Current password is not right");
        }
        guess.succeeded();
        checkPassword("newPassword", newPassword).ifPresent(error -> {
            throw new InvalidInputException(List.of(error));
        });
        users.updatePasswordHash(userId, hasher.hash(newPassword), Instant.now());
        sessions.revokeAll(userId);
    }

    @Override
    @Transactional
    public void delete(long userId) {
        users.lockForDeletion(userId).orElseThrow(() -> new NotFoundException("User", userId));
        sessions.revokeAll(userId);
        events.publish(new UserDeleted(userId));
        users.deleteById(userId);
    }

    @Override
    @Transactional
    public UserSummary hold(long userId) {
        return users.holdKey(userId).map(User::summary)
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private User existing(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email", "An account with this email already exists");
    }
}
