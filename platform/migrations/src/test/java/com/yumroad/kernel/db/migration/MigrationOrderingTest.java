package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static com.yumroad.kernel.db.migration.MigrationFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

/** Why each module has its own history: a module's new migration applies whatever the other modules are at. */
class MigrationOrderingTest {

    @Test
    void aMigrationAddedToAnOlderModuleAfterNewerModulesAppliedTheirsStillApplies() throws Exception {
        DataSource database = MigrationFixture.freshDatabase();
        new Upgrade(MigrationFixture.migrations()).run(database, null, null);
        assertThat(strings(database, "select max(installed_on) from catalog.flyway_schema_history").get(0))
                .isGreaterThan(strings(database, "select max(installed_on) from accounts.flyway_schema_history").get(0));

        ModuleMigrations laterBuild = MigrationFixture.migrationsWith(Map.of("accounts", "classpath:db/later/accounts"));
        List<ModuleUpgrade> upgrades = new Upgrade(laterBuild).run(database, null, null);

        assertThat(upgrades).filteredOn(u -> u.module().equals("accounts")).singleElement()
                .satisfies(u -> assertThat(u.applied()).containsExactly("V3__add_users_locale.sql"));
        assertThat(new MigrationStatus(laterBuild).of(database)).allSatisfy(s -> assertThat(s.upToDate()).isTrue());
        assertThat(new MigrationValidation(laterBuild, new MigrationScripts(laterBuild)).problems(database)).isEmpty();
        assertThat(strings(database, "select column_name from information_schema.columns where table_name = 'users'"))
                .contains("locale");
    }
}
