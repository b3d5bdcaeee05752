package com.yumroad.platform;

/** How tests that prove "nothing changed" print a table's rows (alias {@code t}) as SQL text. */
public final class RowText {

    private RowText() {
    }

    /**
     * A row as text; a store's with its product count as read (the folded count plus the changes not yet folded,
     * storefront V4), since a fold every second moves both without changing the count.
     */
    public static String of(String table) {
        return table.equals("storefront.stores")
                ? "(to_jsonb(t) - 'product_count' || jsonb_build_object('counted', t.product_count + coalesce("
                        + "(select sum(c.delta) from storefront.product_count_changes c where c.store_id = t.id), 0)))::text"
                : "t::text";
    }
}
