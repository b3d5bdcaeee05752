package com.yumroad.sales.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The figures of a seller's Sales page: totals per currency and the last 30 days' revenue, days in UTC. */
@Singleton
public class SalesReport {

    public static final int DAYS = 30;

    private final OrderRepository orders;

    SalesReport(OrderRepository orders) {
        this.orders = orders;
    }

    @ReadOnly
    public List<CurrencyTotals> totals(long sellerId) {
        LocalDate today = today();
        return orders.totals(sellerId, start(today), start(today.minusDays(DAYS - 1)));
    }

    /** Every day of the last 30 (today included) that had revenue, oldest first. */
    @ReadOnly
    public List<DailyRevenue> lastDays(long sellerId) {
        return orders.daily(sellerId, start(today().minusDays(DAYS - 1)));
    }

    @ReadOnly
    public List<SoldProduct> soldProducts(long sellerId) {
        return orders.soldProducts(sellerId).stream()
                .sorted(java.util.Comparator.comparing(SoldProduct::productName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
