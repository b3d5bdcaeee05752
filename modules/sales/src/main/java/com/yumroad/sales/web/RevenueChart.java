package com.yumroad.sales.web;

import com.yumroad.sales.internal.CurrencyTotals;
import com.yumroad.sales.internal.DailyRevenue;
import com.yumroad.sales.internal.SalesReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last 30 days' revenue as bars of an SVG drawn on the server (no script): one bar per UTC day, in the currency
 * that earned most over the period (a seller selling in several sees the others in the totals).
 */
public record RevenueChart(String currency, List<Bar> bars, String peak, String summary) {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 160;
    private static final int SLOT = WIDTH / SalesReport.DAYS;
    private static final int BAR = SLOT - 4;

    public record Bar(int x, int y, int width, int height, String label) {
    }

    static RevenueChart of(List<DailyRevenue> days, List<CurrencyTotals> totals, LocalDate today) {
        String currency = totals.stream().max(Comparator.comparingLong(CurrencyTotals::last30DaysCents))
                .map(CurrencyTotals::currency).orElse("USD");
        Map<LocalDate, Long> byDay = days.stream().filter(d -> d.currency().equals(currency))
                .collect(Collectors.toMap(DailyRevenue::day, DailyRevenue::amountCents, Long::sum));
        long max = byDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < SalesReport.DAYS; i++) {
            LocalDate day = today.minusDays(SalesReport.DAYS - 1 - i);
            long amount = byDay.getOrDefault(day, 0L);
            total += amount;
            int height = max == 0 ? 0 : (int) Math.max(amount > 0 ? 2 : 0, Math.round((HEIGHT - 20) * (double) amount / max));
            bars.add(new Bar(i * SLOT + 2, HEIGHT - height, BAR, height,
                    day + ": " + Amounts.INSTANCE.format(amount, currency)));
        }
        String sum = Amounts.INSTANCE.format(total, currency);
        return new RevenueChart(currency, bars, Amounts.INSTANCE.format(max, currency),
                "Revenue of the last 30 days in " + currency + ": " + sum + " in total");
    }
}
