package com.yumroad.catalog.web;

import com.yumroad.kernel.errors.InvalidInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices as people type and read them: "12", "12.5" and "12.50" are 1250 cents; anything else (12.505, -1, 1e3,
 * abc) is refused beside the price field. Views format cents with {@code money.format(cents)}.
 */
public final class Money {

    static final Money INSTANCE = new Money();
    static final String FIELD = "price";
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,2}))?");

    private Money() {
    }

    /** The cents typed, or InvalidInputException on {@code price}. */
    static long cents(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FIELD, "Price is required");
        }
        Matcher amount = AMOUNT.matcher(text);
        if (!amount.matches()) {
            throw new InvalidInputException(FIELD, "Enter the price in dollars and cents, like 12 or 12.50");
        }
        String fraction = amount.group(2) == null ? "0" : amount.group(2);
        long cents = Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
        return Long.parseLong(amount.group(1)) * 100 + cents;
    }

    /** 1250 -> "12.50", as typed in the form. */
    public String plain(long cents) {
        return String.format("%d.%02d", cents / 100, cents % 100);
    }

    /** 1250 -> "$12.50", as shown on pages. */
    public String format(long cents) {
        return "$" + plain(cents);
    }
}
