package com.yumroad.kernel.db.migration;

/** Identifier quoting for the few statements built from catalog names. */
final class Sql {

    private Sql() {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String table(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
