package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static com.yumroad.kernel.db.migration.MigrationFixture.execute;
import static org.assertj.core.api.Assertions.assertThat;

class MigrationValidationTest {

    private final DataSource database = MigrationFixture.freshDatabase();

    @Test
    void theApplicationsMigrationsAreValidBeforeAndAfterUpgrading() {
        ModuleMigrations migrations = MigrationFixture.migrations();
        assertThat(validation(migrations).problems(database)).isEmpty();

        new Upgrade(migrations).run(database, null, null);

        assertThat(validation(migrations).problems(database)).isEmpty();
    }

    @Test
    void findsAMigrationChangedAfterItWasApplied() throws Exception {
        ModuleMigrations migrations = MigrationFixture.migrations();
        new Upgrade(migrations).run(database, null, null);
        execute(database, "update storefront.flyway_schema_history set checksum = checksum + 1 where version = '1'");

        assertThat(validation(migrations).problems(database)).singleElement().satisfies(p -> {
            assertThat(p.module()).isEqualTo("storefront");
            assertThat(p.migration()).isEqualTo("V1__create_stores.sql");
            assertThat(p.problem()).startsWith("changed since it was applied");
        });
    }

    @Test
    void findsAMigrationOlderThanTheAppliedVersionThatWasNeverApplied() {
        new Upgrade(MigrationFixture.migrations()).run(database, null, null);
        ModuleMigrations withOlder = MigrationFixture.migrationsWith(Map.of("accounts", "classpath:db/older/accounts"));

        assertThat(validation(withOlder).problems(database)).singleElement().satisfies(p -> {
            assertThat(p.migration()).isEqualTo("V1_5__index_users_by_name.sql");
            assertThat(p.problem()).startsWith("out of order");
        });
    }

    @Test
    void findsBadNamesOrphanTwinsAndMissingTwinsWithoutADatabaseChange() {
        ModuleMigrations misnamed = MigrationFixture.migrationsWith(Map.of("accounts", "classpath:db/misnamed/accounts"));
        ModuleMigrations untwinned = MigrationFixture.migrationsWith(Map.of("accounts", "classpath:db/untwinned/accounts"));

        assertThat(validation(misnamed).problems(database)).extracting(ValidationProblem::toString).containsExactlyInAnyOrder(
                "accounts V4_add_thing.sql: not named V<version>__<what>.sql or U<version>__<what>.sql",
                "accounts U9__orphan.sql: undo twin without its migration V9__orphan.sql");
        assertThat(validation(untwinned).problems(database)).extracting(ValidationProblem::toString).containsExactly(
                "accounts V3__add_users_note.sql: no undo twin U3__add_users_note.sql");
    }

    private static MigrationValidation validation(ModuleMigrations migrations) {
        return new MigrationValidation(migrations, new MigrationScripts(migrations));
    }
}
