package com.yumroad.accounts.internal;

import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.text.Text;
import com.yumroad.kernel.text.TextRule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that says what a valid email, name and password are. Text is normalised and checked by the kernel's
 * {@link Text} and {@link TextRule}; lengths are code points, as the database counts them.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {
    }

    private static final TextRule EMAIL_TEXT = TextRule.line("email", "Email").length(1, MAX_EMAIL);
    private static final TextRule NAME = TextRule.name("name", "Name").length(1, MAX_NAME);

    public static String normaliseEmail(String email) {
        return Text.folded(email);
    }

    public static String normaliseName(String name) {
        return Text.line(name);
    }

    public static Optional<FieldError> checkEmail(String normalisedEmail) {
        Optional<FieldError> text = EMAIL_TEXT.check(normalisedEmail);
        if (text.isPresent()) {
            return text;
        }
        if (!EMAIL.matcher(normalisedEmail).matches()) {
            return Optional.of(new FieldError("email", "Email must look like name@example.com"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkName(String normalisedName) {
        return NAME.check(normalisedName);
    }

    /** Passwords are taken as typed (never stripped), but must be text: no control characters, no lone surrogates. */
    public static Optional<FieldError> checkPassword(String field, String password) {
        if (password == null || Text.length(password) < MIN_PASSWORD) {
            return Optional.of(new FieldError(field, "Password must be at least " + MIN_PASSWORD + " characters"));
        }
        return TextRule.line(field, "Password").length(MIN_PASSWORD, MAX_PASSWORD).check(password);
    }

    static List<FieldError> collect(List<Optional<FieldError>> checks) {
        return checks.stream().flatMap(Optional::stream).toList();
    }
}
