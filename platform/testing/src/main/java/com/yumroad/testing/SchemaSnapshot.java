package com.yumroad.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a database holds, in comparable form: for tests that take schemas down and up again. */
public final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Row count of every table (not the Flyway histories), by "schema.table". */
    public static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : strings(dataSource, """
                select table_schema || '.' || table_name from information_schema.tables
                where table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                  and table_schema not in ('pg_catalog', 'information_schema')""")) {
            counts.put(table, Long.parseLong(strings(dataSource, "select count(*) from " + table).get(0)));
        }
        return counts;
    }

    /**
     * Columns, indexes, constraints, triggers and functions of every schema, one line each: to compare a schema before
     * and after.
     */
    public static List<String> structure(DataSource dataSource) throws SQLException {
        return strings(dataSource, """
                select * from (
                  select 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
                         || ' ' || is_nullable || ' ' || coalesce(column_default, '')
                  from information_schema.columns where table_schema not in ('pg_catalog', 'information_schema')
                  union all
                  select 'index ' || indexdef from pg_indexes where schemaname not in ('pg_catalog', 'information_schema')
                  union all
                  select 'constraint ' || n.nspname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
                  from pg_constraint con join pg_namespace n on n.oid = con.connamespace
                  where n.nspname not in ('pg_catalog', 'information_schema')
                  union all
                  select 'trigger ' || pg_get_triggerdef(t.oid) from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                  where not t.tgisinternal and n.nspname not in ('pg_catalog', 'information_schema')
                  union all
                  select 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_arguments(p.oid) || ') '
                         || md5(p.prosrc)
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                  where n.nspname not in ('pg_catalog', 'information_schema')
                ) s(line)
                where line not like '%flyway_schema_history%' order by 1""");
    }
}
