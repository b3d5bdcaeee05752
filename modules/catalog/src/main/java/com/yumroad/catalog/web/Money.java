package com.yumroad.catalog.web;

import com.yumroad.kernel.errors.InvalidInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices as people type and read them: "12", "12.5" and "12.50" are 1250 cents, from 0 (free) to 1,000,000.00;
 * anything else is refused beside the price field with what is wrong (negative, too large, more than two decimals,
 * not a price) and the limits. Views show a product's price with {@code money.price(cents, payWhatYouWant)}.
 */
public final class Money {

    static final Money INSTANCE = new Money();
    static final String FIELD = "price";
    /** The highest price a product may have (catalog's own rule refuses more, in cents, on the API). */
    static final long MAX_CENTS = 100_000_000L;
    static final String LIMITS = "Enter dollars and cents from 0 (free) to 1,000,000.00, like 12 or 12.50.";
    static final String REQUIRED = "Price is required. " + LIMITS;
    static final String NEGATIVE = "A price cannot be negative. " + LIMITS;
    static final String TOO_LARGE = "That price is too large: 1,000,000.00 is the most. " + LIMITS;
    static final String TOO_PRECISE = "A price has at most two decimals (cents). " + LIMITS;
    static final String NOT_A_PRICE = "That is not a price. " + LIMITS;
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)(?:\\.(\\d{1,2}))?");
    private static final Pattern NEGATIVE_AMOUNT = Pattern.compile("-\\s*\\d*(?:\\.\\d*)?");
    private static final Pattern PRECISE_AMOUNT = Pattern.compile("\\d+\\.\\d{3,}");

    private Money() {
    }

    /** The cents typed, or InvalidInputException on {@code price} saying what is wrong and what the limits are. */
    static long cents(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FIELD, REQUIRED);
        }
        Matcher amount = AMOUNT.matcher(text);
        if (!amount.matches()) {
            throw new InvalidInputException(FIELD, NEGATIVE_AMOUNT.matcher(text).matches() && text.length() > 1
                    ? NEGATIVE : PRECISE_AMOUNT.matcher(text).matches() ? TOO_PRECISE : NOT_A_PRICE);
        }
        String whole = amount.group(1).replaceFirst("^0+(?=\\d)", "");
        if (whole.length() > 9) {
            throw new InvalidInputException(FIELD, TOO_LARGE);
        }
        String fraction = amount.group(2) == null ? "0" : amount.group(2);
        long cents = Long.parseLong(whole) * 100 + Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
        if (cents > MAX_CENTS) {
            throw new InvalidInputException(FIELD, TOO_LARGE);
        }
        return cents;
    }

    /** 1250 -> "12.50", as typed in the form. */
    public String plain(long cents) {
        long rest = cents % 100; // not String.format, which parses its pattern on every call
        return cents / 100 + (rest < 10 ? ".0" : ".") + rest;
    }

    /** 1250 -> "$12.50", as shown on pages. */
    public String format(long cents) {
        return "$" + plain(cents);
    }

    /**
     * A product's price as pages show it: "Free" for 0, else "$12.50"; with pay what you want the minimum and a plus
     * ("$3.00+"), or "Name your price" from 0.
     */
    public String price(long cents, boolean payWhatYouWant) {
        return Prices.shown(cents, payWhatYouWant, format(cents));
    }
}
