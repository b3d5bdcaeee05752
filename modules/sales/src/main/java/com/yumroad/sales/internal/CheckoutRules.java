package com.yumroad.sales.internal;

import com.yumroad.catalog.Product;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.text.Text;
import com.yumroad.kernel.text.TextRule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a checkout must carry: a plausible email, and an amount no lower than the price. */
final class CheckoutRules {

    static final int MAX_EMAIL = 254;
    /** Stripe's ceiling for one charge in USD (999,999.99). */
    static final long MAX_AMOUNT_CENTS = 99_999_999L;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CheckoutRules() {
    }

    private static final TextRule EMAIL_TEXT = TextRule.line("email", "Email").length(1, MAX_EMAIL);

    /** The kernel's normalisation (NFC, stripped, lower-cased by Java's rules; see kernel {@link Text}). */
    static String normaliseEmail(String email) {
        return Text.folded(email);
    }

    static List<FieldError> check(String email, long amountCents, Product product, boolean payWhatYouWant) {
        List<FieldError> errors = new ArrayList<>();
        if (email.isEmpty()) {
            errors.add(new FieldError("email", "Enter the email address the receipt should go to"));
        } else if (EMAIL_TEXT.check(email).isPresent() || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Enter an email address like name@example.com"));
        }
        if (amountCents < product.priceCents()) {
            errors.add(new FieldError("amountCents", "Pay at least the price"));
        } else if (!payWhatYouWant && amountCents != product.priceCents()) {
            errors.add(new FieldError("amountCents", "This product has a fixed price"));
        } else if (amountCents > MAX_AMOUNT_CENTS) {
            errors.add(new FieldError("amountCents", "That is more than one payment can carry"));
        }
        return errors;
    }
}
