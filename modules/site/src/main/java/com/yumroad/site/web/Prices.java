package com.yumroad.site.web;

/** Prices as the site's pages show them: views format cents with {@code money.format(cents)}. */
public final class Prices {

    static final Prices INSTANCE = new Prices();

    private Prices() {
    }

    /** 1250 -> "$12.50". */
    public String format(long cents) {
        return String.format("$%d.%02d", cents / 100, cents % 100);
    }
}
