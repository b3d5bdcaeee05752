package com.yumroad.sales.internal;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** Revenue of one UTC day in one currency, minor units. */
@Introspected
public record DailyRevenue(LocalDate day, String currency, long amountCents) {
}
