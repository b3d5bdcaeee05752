package com.yumroad.sales.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the sales pages show them, in UTC (the day boundaries of the totals and chart): {@code dates.day(t)}. */
public final class Dates {

    public static final Dates INSTANCE = new Dates();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public String day(Instant time) {
        return time == null ? "" : DAY.format(time);
    }

    public String minute(Instant time) {
        return time == null ? "" : MINUTE.format(time);
    }
}
