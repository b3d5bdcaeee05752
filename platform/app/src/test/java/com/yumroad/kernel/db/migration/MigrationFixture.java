package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import com.yumroad.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The application's modules and a fresh database for each test that drives the migration classes directly. */
final class MigrationFixture {

    static final List<ApplicationModule> MODULES = discover();

    /** Users, a store, a product with a tag: a row in every table of every module. */
    static final String REPRESENTATIVE_DATA = """
            insert into accounts.users (email, name, password_hash) values ('ada@example.com', 'Ada', 'hash');
            insert into storefront.stores (owner_id, name, slug)
                select id, 'Ada''s engines', 'ada-engines' from accounts.users;
            insert into catalog.products (creator_id, store_id, name, price_cents)
                select owner_id, id, 'Analytical notes', 1200 from storefront.stores;
            insert into catalog.tags (name) values ('math');
            insert into catalog.product_tags (product_id, tag_id) select p.id, t.id from catalog.products p, catalog.tags t;
            """;

    private MigrationFixture() {
    }

    static DataSource freshDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.server().createDatabase());
        dataSource.setUser(TestDatabase.server().user());
        dataSource.setPassword(TestDatabase.server().password());
        return dataSource;
    }

    static ModuleMigrations migrations() {
        return new ModuleMigrations(MODULES);
    }

    /** The modules' migrations plus, for some modules, a further location: what a later build would carry. */
    static ModuleMigrations migrationsWith(Map<String, String> extraLocationByModule) {
        return new ModuleMigrations(MODULES) {
            @Override
            public List<String> locations(ApplicationModule module) {
                List<String> locations = new ArrayList<>(super.locations(module));
                if (extraLocationByModule.containsKey(module.name())) {
                    locations.add(extraLocationByModule.get(module.name()));
                }
                return locations;
            }
        };
    }

    static Downgrade downgrade(ModuleMigrations migrations) {
        return new Downgrade(migrations, new DowngradePlanner(migrations, new MigrationScripts(migrations)));
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Row count of every module table (not the histories), by "schema.table". */
    static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : strings(dataSource, """
                select table_schema || '.' || table_name from information_schema.tables
                where table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                  and table_schema not in ('pg_catalog', 'information_schema')""")) {
            counts.put(table, Long.parseLong(strings(dataSource, "select count(*) from " + table).get(0)));
        }
        return counts;
    }

    /** Columns, indexes and constraints of the module schemas, one line each: to compare a schema before and after. */
    static List<String> structure(DataSource dataSource) throws SQLException {
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
                ) s(line)
                where line not like '%flyway_schema_history%' order by 1""");
    }

    private static List<ApplicationModule> discover() {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("datasources.default.enabled", false)).start()) {
            return List.copyOf(context.getBeansOfType(ApplicationModule.class));
        }
    }
}
