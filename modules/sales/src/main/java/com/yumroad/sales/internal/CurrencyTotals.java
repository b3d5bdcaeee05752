package com.yumroad.sales.internal;

import io.micronaut.core.annotation.Introspected;

/** A seller's revenue in one currency (paid, unrefunded sales, minor units): today (UTC), last 30 days, all time. */
@Introspected
public record CurrencyTotals(String currency, long sales, long todayCents, long last30DaysCents, long allTimeCents) {
}
