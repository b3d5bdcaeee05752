package com.yumroad.accounts.internal;

import com.yumroad.kernel.errors.FieldError;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one place that says what a valid email, name and password are. */
public final class AccountRules {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String normaliseName(String name) {
        return name == null ? "" : name.strip();
    }

    public static Optional<FieldError> checkEmail(String normalisedEmail) {
        if (normalisedEmail.isEmpty()) {
            return Optional.of(new FieldError("email", "Email is required"));
        }
        if (normalisedEmail.length() > MAX_EMAIL) {
            return Optional.of(new FieldError("email", "Email must be at most " + MAX_EMAIL + " characters"));
        }
        if (!EMAIL.matcher(normalisedEmail).matches()) {
            return Optional.of(new FieldError("email", "Email must look like name@example.com"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkName(String normalisedName) {
        if (normalisedName.isEmpty()) {
            return Optional.of(new FieldError("name", "Name is required"));
        }
        if (normalisedName.length() > MAX_NAME) {
            return Optional.of(new FieldError("name", "Name must be at most " + MAX_NAME + " characters"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of(new FieldError(field, "Password must be at least " + MIN_PASSWORD + " characters"));
        }
        if (password.length() > MAX_PASSWORD) {
            return Optional.of(new FieldError(field, "Password must be at most " + MAX_PASSWORD + " characters"));
        }
        return Optional.empty();
    }

    static List<FieldError> collect(List<Optional<FieldError>> checks) {
        return checks.stream().flatMap(Optional::stream).toList();
    }
}
