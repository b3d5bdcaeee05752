package com.yumroad.platform.db;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.db.PlatformSchema;
import com.yumroad.kernel.db.migration.Downgrade;
import com.yumroad.kernel.db.migration.DowngradeRequest;
import com.yumroad.kernel.db.migration.DowngradeResult;
import com.yumroad.kernel.db.migration.ModuleUpgrade;
import com.yumroad.kernel.db.migration.Upgrade;
import com.yumroad.kernel.module.ApplicationModule;
import com.yumroad.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.yumroad.testing.SchemaSnapshot.execute;
import static com.yumroad.testing.SchemaSnapshot.rowCounts;
import static com.yumroad.testing.SchemaSnapshot.strings;
import static com.yumroad.testing.SchemaSnapshot.structure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every module of the application: upgrade, data in, downgrade one step, upgrade again; the data and the schema
 * come back whole. The live modules' undo twins, tested with the tool (whose own tests use fixture modules).
 */
class MigrationRoundTripTest {

    /**
     * Users, a store, a product with a tag, the store's product count: a row in every table of the modules (but
     * catalog's product count changes, empty as a fold leaves them).
     */
    static final String REPRESENTATIVE_DATA = """
            insert into accounts.users (email, name, password_hash) values ('ada@example.com', 'Ada', 'hash');
            insert into storefront.stores (owner_id, name, slug)
                select id, 'Ada''s engines', 'ada-engines' from accounts.users;
            insert into catalog.products (creator_id, store_id, name, price_cents)
                select owner_id, id, 'Analytical notes', 1200 from storefront.stores;
            insert into catalog.tags (name) values ('math');
            insert into catalog.product_tags (product_id, tag_id) select p.id, t.id from catalog.products p, catalog.tags t;
            insert into catalog.store_product_counts (store_id, product_count) select id, 1 from storefront.stores;
            """;

    private static final ApplicationContext CONTEXT = ApplicationContext.builder()
            .properties(Map.of("datasources.default.enabled", false)).start();

    @AfterAll
    static void close() {
        CONTEXT.close();
    }

    @TestFactory
    Stream<DynamicTest> everyModuleGoesDownOneStepAndUpAgainKeepingTheData() {
        List<ApplicationModule> modules = CONTEXT.getBean(ModuleMigrations.class).modules();
        assertThat(modules).extracting(ApplicationModule::name).contains("accounts", "storefront", "catalog");
        Upgrade upgrade = CONTEXT.getBean(Upgrade.class);
        Downgrade downgrade = CONTEXT.getBean(Downgrade.class);
        return modules.stream().filter(m -> !m.name().equals(PlatformSchema.NAME))
                // a module without migrations (site: pages only) has no step to undo
                .filter(m -> MigrationRoundTripTest.class.getClassLoader().getResource(m.migrationsFolder()) != null)
                .map(module -> DynamicTest.dynamicTest(module.name(), () -> {
                    DataSource database = freshDatabase();
                    upgrade.run(database, null, null);
                    execute(database, REPRESENTATIVE_DATA);
                    List<String> schema = structure(database);
                    Map<String, Long> rows = rowCounts(database);
                    // a derived table (commented "derived:") may go with its rows: the upgrade computes them again
                    List<String> derived = strings(database, "select n.nspname || '.' || c.relname from pg_class c "
                            + "join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' "
                            + "and obj_description(c.oid, 'pg_class') like 'derived:%'");

                    DowngradeResult down = downgrade.run(database, module.name(), DowngradeRequest.steps(1));
                    assertThat(down.undone()).hasSize(1);
                    assertThat(structure(database)).isNotEqualTo(schema);
                    Map<String, Long> afterDown = rowCounts(database);
                    rows.forEach((table, count) -> assertThat(afterDown.getOrDefault(table, 0L))
                            .as("rows of %s (a table the step drops must be empty)", table)
                            .isEqualTo(afterDown.containsKey(table) || !derived.contains(table) ? count : 0L));

                    List<ModuleUpgrade> up = upgrade.run(database, module.name(), null);
                    assertThat(up.get(up.size() - 1).applied()).containsExactly(down.undone().get(0));
                    assertThat(structure(database)).isEqualTo(schema);
                    assertThat(rowCounts(database)).isEqualTo(rows);
                }));
    }

    private static DataSource freshDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.server().createDatabase());
        dataSource.setUser(TestDatabase.server().user());
        dataSource.setPassword(TestDatabase.server().password());
        return dataSource;
    }
}
