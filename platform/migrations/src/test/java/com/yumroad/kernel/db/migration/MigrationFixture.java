package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import com.yumroad.testing.SchemaSnapshot;
import com.yumroad.testing.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three fixture modules shaped like the first business modules (their migrations, frozen, are this part's test
 * resources under db/migration), and a fresh database for each test that drives the migration classes directly.
 * The tool is tested on these, not on the live modules, so that the modules' own migrations can grow freely:
 * the application's MigrationRoundTripTest takes the live ones down and up.
 */
final class MigrationFixture {

    record FixtureModule(String name, Set<String> dependsOn) implements ApplicationModule {
    }

    static final List<ApplicationModule> MODULES = List.of(
            new FixtureModule("accounts", Set.of()),
            new FixtureModule("storefront", Set.of("accounts")),
            new FixtureModule("catalog", Set.of("accounts", "storefront")));

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
        SchemaSnapshot.execute(dataSource, sql);
    }

    static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        return SchemaSnapshot.strings(dataSource, sql);
    }

    static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        return SchemaSnapshot.rowCounts(dataSource);
    }

    static List<String> structure(DataSource dataSource) throws SQLException {
        return SchemaSnapshot.structure(dataSource);
    }
}
