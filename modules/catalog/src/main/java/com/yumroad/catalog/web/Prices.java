package com.yumroad.catalog.web;

/** How every page words a product's price (catalog's and, through {@link Money#price}, those that show its cards). */
final class Prices {

    private Prices() {
    }

    static String shown(long cents, boolean payWhatYouWant, String amount) {
        if (payWhatYouWant) {
            return cents == 0 ? "Name your price" : amount + "+";
        }
        return cents == 0 ? "Free" : amount;
    }
}
