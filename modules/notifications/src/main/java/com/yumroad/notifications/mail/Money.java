package com.yumroad.notifications.mail;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Minor units of an ISO 4217 currency as a mail shows them: 1250 USD is "$12.50", 1250 JPY "¥1,250". */
public final class Money {

    private Money() {
    }

    public static String format(long minorUnits, String currency) {
        Currency unit = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(minorUnits, unit.getDefaultFractionDigits()));
    }
}
