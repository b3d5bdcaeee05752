package com.yumroad.accounts;

import com.yumroad.kernel.errors.FieldError;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accounts module's API: everything other modules and the web layers may ask of it. */
public interface Accounts {

    /** Registers a user; InvalidInputException for bad fields, ConflictException when the email is taken. */
    UserSummary register(Registration registration);

    /**
     * What is wrong with a sign-up's fields, without registering anyone (an email already taken is not checked
     * here: {@link #register} answers that). Lets a use case that registers along with something else report
     * every field's error at once.
     */
    List<FieldError> check(Registration registration);

    /** The user with this email and password, or empty: a wrong email and a wrong password look the same. */
    Optional<UserSummary> authenticate(String email, String password);

    Optional<UserSummary> find(long userId);

    /** Summaries of the users with these ids, in one query; unknown ids are left out. */
    Map<Long, UserSummary> summaries(Collection<Long> userIds);

    UserSummary rename(long userId, String name);

    /**
     * Changes the password when the current one is right (InvalidInputException otherwise) and ends every session
     * of the user ({@link Sessions#revokeAll}). Wrong current passwords are limited per user
     * (TooManyRequestsException, {@code yumroad.limits.password-check}).
     */
    void changePassword(long userId, String currentPassword, String newPassword);

    /**
     * Deletes the user and, through {@link UserDeleted}, everything they own, in one transaction; ends their sessions.
     * The user's row is locked first, so a second deletion waits and then finds nobody (NotFoundException), and a use
     * case that {@link #hold holds} the user waits for the deletion, or the deletion for it.
     */
    void delete(long userId);

    /**
     * Keeps the user from being deleted until the calling transaction ends (a key-share lock on their row, which
     * does not stop other writers); NotFoundException when they no longer exist (a token that outlived its account).
     * Call it first in a use case that writes something owned by the user, so it and {@link #delete} take their locks
     * in the same order: user, then the user's store. Answers the user as held.
     */
    UserSummary hold(long userId);
}
