package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static com.yumroad.kernel.db.migration.MigrationFixture.REPRESENTATIVE_DATA;
import static com.yumroad.kernel.db.migration.MigrationFixture.execute;
import static com.yumroad.kernel.db.migration.MigrationFixture.rowCounts;
import static com.yumroad.kernel.db.migration.MigrationFixture.strings;
import static com.yumroad.kernel.db.migration.MigrationFixture.structure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DowngradeTest {

    private DataSource database;

    @BeforeEach
    void migratedDatabaseWithData() throws Exception {
        database = MigrationFixture.freshDatabase();
        new Upgrade(MigrationFixture.migrations()).run(database, null, null);
        execute(database, REPRESENTATIVE_DATA);
    }

    @Test
    void undoesTheLatestMigrationAndRemovesItFromThatModulesHistory() throws Exception {
        var before = rowCounts(database);

        DowngradeResult result = MigrationFixture.downgrade(MigrationFixture.migrations())
                .run(database, "catalog", DowngradeRequest.steps(2));

        assertThat(result.from()).isEqualTo("3");
        assertThat(result.to()).isEqualTo("1");
        assertThat(result.undone()).containsExactly("V3__create_store_activity.sql", "V2__index_products_by_listing_time.sql");
        assertThat(strings(database, "select indexname from pg_indexes where schemaname = 'catalog'"))
                .doesNotContain("products_created_at_idx").contains("products_store_idx");
        assertThat(versions("catalog")).containsExactly("1");
        assertThat(versions("accounts")).containsExactly("1", "2");
        before.remove("catalog.store_activity"); // empty, dropped by U3
        assertThat(rowCounts(database)).isEqualTo(before);
    }

    @Test
    void refusesWhenAnotherModuleDependsOnWhatWouldGoAndChangesNothing() throws Exception {
        List<String> structure = structure(database);

        assertThatThrownBy(() -> MigrationFixture.downgrade(MigrationFixture.migrations())
                .run(database, "accounts", DowngradeRequest.steps(2)))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("accounts V1__create_users.sql")
                .hasMessageContaining("constraint stores_owner_fk on table storefront.stores depends on table users")
                .hasMessageNotContaining("\n");

        // The first step (U2 dropped an index) went back with the refused second one: one transaction.
        assertThat(structure(database)).isEqualTo(structure);
        assertThat(versions("accounts")).containsExactly("1", "2");
    }

    @Test
    void refusesToDropTablesThatHoldRowsWithoutForce() throws Exception {
        List<String> structure = structure(database);

        assertThatThrownBy(() -> MigrationFixture.downgrade(MigrationFixture.migrations())
                .run(database, "catalog", DowngradeRequest.to("0")))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("catalog V1__create_products_and_tags.sql: would destroy data")
                .hasMessageContaining("table catalog.products holds rows")
                .hasMessageContaining("--force");

        assertThat(structure(database)).isEqualTo(structure);
        assertThat(versions("catalog")).containsExactly("1", "2", "3");
    }

    @Test
    void forceAcceptsTheLossAndSaysWhatWent() throws Exception {
        DowngradeResult result = MigrationFixture.downgrade(MigrationFixture.migrations())
                .run(database, "catalog", DowngradeRequest.to("0").forced());

        assertThat(result.to()).isNull();
        assertThat(result.destroyed()).containsExactlyInAnyOrder("table catalog.product_tags holds rows",
                "table catalog.tags holds rows", "table catalog.products holds rows");
        assertThat(strings(database, "select table_name from information_schema.tables where table_schema = 'catalog'"))
                .containsExactly("flyway_schema_history");
        assertThat(versions("catalog")).isEmpty();
    }

    @Test
    void refusesToDropAColumnThatHoldsValuesButNotAnEmptyOne() throws Exception {
        ModuleMigrations later = MigrationFixture.migrationsWith(Map.of("accounts", "classpath:db/later/accounts"));
        new Upgrade(later).run(database, "accounts", null);
        execute(database, "update accounts.users set locale = 'en'");

        assertThatThrownBy(() -> MigrationFixture.downgrade(later).run(database, "accounts", DowngradeRequest.steps(1)))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("accounts V3__add_users_locale.sql: would destroy data (column accounts.users.locale holds values)");
        assertThat(versions("accounts")).containsExactly("1", "2", "3");

        execute(database, "update accounts.users set locale = null");
        DowngradeResult result = MigrationFixture.downgrade(later).run(database, "accounts", DowngradeRequest.steps(1));

        assertThat(result.destroyed()).isEmpty();
        assertThat(strings(database, "select column_name from information_schema.columns where table_name = 'users'"))
                .doesNotContain("locale");
    }

    @Test
    void refusesWhenAnUndoTwinIsMissing() throws Exception {
        ModuleMigrations untwinned = MigrationFixture.migrationsWith(Map.of("accounts", "classpath:db/untwinned/accounts"));
        new Upgrade(untwinned).run(database, "accounts", null);

        assertThatThrownBy(() -> MigrationFixture.downgrade(untwinned).run(database, "accounts", DowngradeRequest.steps(1)))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("accounts V3__add_users_note.sql has no undo twin U3__add_users_note.sql");
        assertThat(strings(database, "select column_name from information_schema.columns where table_name = 'users'"))
                .contains("note");
        assertThat(versions("accounts")).containsExactly("1", "2", "3");
    }

    @Test
    void refusesToUndoMoreThanWasApplied() {
        assertThatThrownBy(() -> MigrationFixture.downgrade(MigrationFixture.migrations())
                .run(database, "storefront", DowngradeRequest.steps(3)))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessage("storefront has 2 applied migration(s); cannot undo 3");
    }

    private List<String> versions(String module) throws Exception {
        return strings(database, "select version from " + module + ".flyway_schema_history where version is not null "
                + "order by installed_rank");
    }
}
