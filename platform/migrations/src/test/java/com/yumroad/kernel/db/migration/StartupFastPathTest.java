package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrated;
import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.yumroad.kernel.db.migration.MigrationFixture.MODULES;
import static com.yumroad.kernel.db.migration.MigrationFixture.execute;
import static com.yumroad.kernel.db.migration.MigrationFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start's fast path ({@code ModuleMigrations.migrateAll}): on a database that has exactly the build's migrations no
 * Flyway is built; anything else (pending, changed, failed, missing, newer) builds and runs every module's Flyway, which
 * applies and refuses as it always did. Counted by the Flyway configurations the run asks for.
 */
class StartupFastPathTest {

    private final DataSource database = MigrationFixture.freshDatabase();

    @Test
    void anUpToDateDatabaseBuildsNoFlywayAndReportsWhatFlywayWould() {
        Counting first = new Counting(MODULES, Map.of());
        List<ModuleMigrated> applied = first.migrateAll(database);
        Counting second = new Counting(MODULES, Map.of());
        List<ModuleMigrated> again = second.migrateAll(database);

        assertThat(first.flyways.get()).isEqualTo(4);
        assertThat(applied).extracting(ModuleMigrated::describe).containsExactly(
                "Module platform: 3 migrations applied, now at version 3",
                "Module accounts: 2 migrations applied, now at version 2",
                "Module storefront: 2 migrations applied, now at version 2",
                "Module catalog: 3 migrations applied, now at version 3");
        assertThat(second.flyways.get()).isZero();
        assertThat(again).extracting(ModuleMigrated::describe).containsExactly(
                "Module platform: up to date at version 3",
                "Module accounts: up to date at version 2",
                "Module storefront: up to date at version 2",
                "Module catalog: up to date at version 3");
        assertThat(again).isEqualTo(flywaysOwnAnswer());
    }

    @Test
    void aModuleWithoutMigrationsIsUpToDateAtNoVersion() {
        List<ApplicationModule> withSite = new ArrayList<>(MODULES);
        withSite.add(new MigrationFixture.FixtureModule("site", Set.of("catalog")));
        new Counting(withSite, Map.of()).migrateAll(database);
        Counting again = new Counting(withSite, Map.of());

        assertThat(again.migrateAll(database)).last().extracting(ModuleMigrated::describe)
                .isEqualTo("Module site: up to date at no version (it has no migrations)");
        assertThat(again.flyways.get()).isZero();
    }

    @Test
    void aPendingMigrationTakesTheFullPathAndIsApplied() throws Exception {
        new Counting(MODULES, Map.of()).migrateAll(database);
        Counting laterBuild = new Counting(MODULES, Map.of("accounts", "classpath:db/later/accounts"));

        List<ModuleMigrated> outcomes = laterBuild.migrateAll(database);

        assertThat(laterBuild.flyways.get()).isEqualTo(4);
        assertThat(outcomes).extracting(ModuleMigrated::describe)
                .contains("Module accounts: 1 migration applied, now at version 3");
        assertThat(strings(database, "select script from accounts.flyway_schema_history where version = '3'"))
                .containsExactly("V3__add_users_locale.sql");
    }

    @Test
    void aChangedMigrationTakesTheFullPathAndFailsValidationAsBefore() throws Exception {
        new Counting(MODULES, Map.of()).migrateAll(database);
        execute(database, "update storefront.flyway_schema_history set checksum = checksum + 1 where version = '1'");
        Counting restart = new Counting(MODULES, Map.of());

        assertThatThrownBy(() -> restart.migrateAll(database))
                .isInstanceOf(FlywayException.class).hasMessageContaining("checksum mismatch");
        assertThat(restart.flyways.get()).isPositive();
    }

    @Test
    void aFailedMigrationTakesTheFullPathAndIsRefusedAsBefore() throws Exception {
        new Counting(MODULES, Map.of()).migrateAll(database);
        execute(database, "update catalog.flyway_schema_history set success = false where version = '3'");
        Counting restart = new Counting(MODULES, Map.of());

        assertThatThrownBy(() -> restart.migrateAll(database))
                .isInstanceOf(FlywayException.class).hasMessageContaining("failed migration");
        assertThat(restart.flyways.get()).isPositive();
    }

    @Test
    void aMissingModuleHistoryTakesTheFullPath() throws Exception {
        List<ApplicationModule> withoutCatalog = MODULES.subList(0, 2);
        new Counting(withoutCatalog, Map.of()).migrateAll(database);
        Counting withCatalog = new Counting(MODULES, Map.of());

        assertThat(withCatalog.migrateAll(database)).extracting(ModuleMigrated::describe)
                .contains("Module catalog: 3 migrations applied, now at version 3");
        assertThat(withCatalog.flyways.get()).isEqualTo(4);

        execute(database, "drop schema catalog cascade");
        Counting afterDrop = new Counting(MODULES, Map.of());
        assertThat(afterDrop.migrateAll(database)).extracting(ModuleMigrated::describe)
                .contains("Module catalog: 3 migrations applied, now at version 3");
        assertThat(afterDrop.flyways.get()).isEqualTo(4);
    }

    @Test
    void aHistoryTableGoneFromAFilledSchemaIsRefusedByFlywayAsBefore() throws Exception {
        new Counting(MODULES, Map.of()).migrateAll(database);
        execute(database, "drop table catalog.flyway_schema_history");
        Counting restart = new Counting(MODULES, Map.of());

        assertThatThrownBy(() -> restart.migrateAll(database)).isInstanceOf(FlywayException.class)
                .hasMessageContaining("non-empty schema");
        assertThat(restart.flyways.get()).isPositive();
    }

    @Test
    void aMigrationAppliedByANewerBuildTakesTheFullPathWhichStartsAsBefore() {
        new Counting(MODULES, Map.of("accounts", "classpath:db/later/accounts")).migrateAll(database);
        Counting olderBuild = new Counting(MODULES, Map.of());

        assertThat(olderBuild.migrateAll(database)).extracting(ModuleMigrated::describe)
                .contains("Module accounts: up to date at version 3");
        assertThat(olderBuild.flyways.get()).isEqualTo(4);
    }

    @Test
    void aRenamedMigrationTakesTheFullPath() throws Exception {
        new Counting(MODULES, Map.of()).migrateAll(database);
        execute(database, "update accounts.flyway_schema_history set description = 'make users' where version = '1'");
        Counting restart = new Counting(MODULES, Map.of());

        assertThatThrownBy(() -> restart.migrateAll(database))
                .isInstanceOf(FlywayException.class).hasMessageContaining("description mismatch");
        assertThat(restart.flyways.get()).isPositive();
    }

    /** What each module's own Flyway says about the database: the full path's answer when nothing is pending. */
    private List<ModuleMigrated> flywaysOwnAnswer() {
        ModuleMigrations migrations = MigrationFixture.migrations();
        return migrations.modules().stream().map(m -> {
            var current = migrations.flyway(m, database).info().current();
            return new ModuleMigrated(m.name(), 0, Optional.ofNullable(
                    current == null || current.getVersion() == null ? null : current.getVersion().getVersion()));
        }).toList();
    }

    /** The fixture's modules, with extra locations for some, counting the Flyway configurations asked for. */
    private static final class Counting extends ModuleMigrations {

        final AtomicInteger flyways = new AtomicInteger();
        private final Map<String, String> extraLocationByModule;

        Counting(List<ApplicationModule> modules, Map<String, String> extraLocationByModule) {
            super(modules);
            this.extraLocationByModule = extraLocationByModule;
        }

        @Override
        public List<String> locations(ApplicationModule module) {
            List<String> locations = new ArrayList<>(super.locations(module));
            if (extraLocationByModule.containsKey(module.name())) {
                locations.add(extraLocationByModule.get(module.name()));
            }
            return locations;
        }

        @Override
        public FluentConfiguration configure(ApplicationModule module, DataSource dataSource) {
            flyways.incrementAndGet();
            return super.configure(module, dataSource);
        }
    }
}
