package com.yumroad.sales.web;

import com.yumroad.kernel.errors.InvalidInputException;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Money as pages show and take it, in any ISO 4217 currency: minor units to "$12.50" (or "€12.50", "¥1,250"),
 * and a typed amount ("12", "12.5") to minor units, refused beside its field when it is not one.
 * Views call {@code amounts.format(cents, currency)}.
 */
public final class Amounts {

    public static final Amounts INSTANCE = new Amounts();
    private static final Pattern TYPED = Pattern.compile("\\d{1,9}(\\.\\d{1,3})?");

    private Amounts() {
    }

    public String format(long minorUnits, String currency) {
        Currency unit = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(minorUnits, unit.getDefaultFractionDigits()));
    }

    /** As typed in a form: 1250 USD -> "12.50". */
    public String plain(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, Currency.getInstance(currency).getDefaultFractionDigits()).toPlainString();
    }

    /** The minor units typed, or InvalidInputException on {@code field}. */
    static long parse(String typed, String currency, String field) {
        String text = typed == null ? "" : typed.strip().replace(",", "");
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (!TYPED.matcher(text).matches() || new BigDecimal(text).scale() > digits) {
            throw new InvalidInputException(field, digits == 0 ? "Enter a whole amount, like 12"
                    : "Enter an amount like 12 or 12.50");
        }
        return new BigDecimal(text).movePointRight(digits).longValueExact();
    }
}
