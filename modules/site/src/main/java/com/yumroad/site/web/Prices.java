package com.yumroad.site.web;

/** Prices as the site's pages show them: views show a product's with {@code money.price(cents, payWhatYouWant)}. */
public final class Prices {

    static final Prices INSTANCE = new Prices();

    private Prices() {
    }

    /** 1250 -> "$12.50". */
    public String format(long cents) {
        long rest = cents % 100; // String.format parses its pattern on every call: a tenth of a store page's time
        return "$" + cents / 100 + (rest < 10 ? ".0" : ".") + rest;
    }

    /**
     * A product's price as pages show it, as catalog's pages do: "Free" for 0, else "$12.50"; with pay what you want
     * the minimum and a plus ("$3.00+"), or "Name your price" from 0.
     */
    public String price(long cents, boolean payWhatYouWant) {
        if (payWhatYouWant) {
            return cents == 0 ? "Name your price" : format(cents) + "+";
        }
        return cents == 0 ? "Free" : format(cents);
    }
}
