package com.yumroad.catalog.web;

/** How the product lists describe their paging parameters. */
final class Paging {

    static final String LIMIT = "Items per page, 1 to 100 (default 20); outside that range answers 422";
    static final String CURSOR = "The `nextCursor` of the previous page, unchanged, with the same filters; "
            + "a garbled or foreign cursor answers 400";

    private Paging() {
    }
}
