package com.yumroad.kernel.db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables and columns of the database at one moment, to tell what an undo script removed, and whether what it
 * removed held data. Read from PostgreSQL's catalog inside the downgrade's transaction.
 */
final class SchemaContents {

    private static final String TABLES_AND_COLUMNS = """
            select n.nspname, c.relname, a.attname
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'""";

    /** "schema.table" (as two parts) to its column names. */
    private final Map<List<String>, Set<String>> columnsByTable;

    private SchemaContents(Map<List<String>, Set<String>> columnsByTable) {
        this.columnsByTable = columnsByTable;
    }

    static SchemaContents read(Connection connection) throws SQLException {
        Map<List<String>, Set<String>> columns = new TreeMap<>((a, b) -> String.join(".", a).compareTo(String.join(".", b)));
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(TABLES_AND_COLUMNS)) {
            while (rs.next()) {
                columns.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), t -> new TreeSet<>()).add(rs.getString(3));
            }
        }
        return new SchemaContents(columns);
    }

    /** Tables and columns here that are gone from {@code later}; a dropped table counts once, not per column. */
    List<Removal> removedIn(SchemaContents later) {
        List<Removal> removed = new ArrayList<>();
        columnsByTable.forEach((table, columns) -> {
            Set<String> remaining = later.columnsByTable.get(table);
            if (remaining == null) {
                removed.add(new Removal(table.get(0), table.get(1), null));
            } else {
                columns.stream().filter(c -> !remaining.contains(c))
                        .forEach(c -> removed.add(new Removal(table.get(0), table.get(1), c)));
            }
        });
        return removed;
    }

    /** A dropped table ({@code column} null) or a dropped column. */
    record Removal(String schema, String table, String column) {

        /**
         * Whether the table has rows, or the column a value, right now (before the removal). A column or table whose
         * values are computed from other data holds none of its own: a generated column, or a column or table whose
         * comment starts with {@code derived:} (a copy kept for an index or a read, which is computed again).
         */
        boolean holdsData(Connection connection) throws SQLException {
            if (derived(connection)) {
                return false;
            }
            String sql = column == null
                    ? "select exists (select 1 from " + Sql.table(schema, table) + ")"
                    : "select exists (select 1 from " + Sql.table(schema, table) + " where " + Sql.quote(column) + " is not null)";
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getBoolean(1);
            }
        }

        private boolean derived(Connection connection) throws SQLException {
            if (column == null) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select coalesce(obj_description(cast(? as regclass), 'pg_class'), '') like 'derived:%'")) {
                    query.setString(1, Sql.table(schema, table));
                    try (ResultSet rs = query.executeQuery()) {
                        return rs.next() && rs.getBoolean(1);
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("""
                    select a.attgenerated <> '' or coalesce(col_description(a.attrelid, a.attnum), '') like 'derived:%'
                    from pg_attribute a
                    where a.attrelid = cast(? as regclass) and a.attname = ?""")) {
                query.setString(1, Sql.table(schema, table));
                query.setString(2, column);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }

        String describe() {
            return column == null ? "table " + schema + "." + table + " holds rows"
                    : "column " + schema + "." + table + "." + column + " holds values";
        }
    }
}
