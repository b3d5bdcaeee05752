package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.module.ApplicationModule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.yumroad.kernel.db.migration.MigrationFixture.REPRESENTATIVE_DATA;
import static com.yumroad.kernel.db.migration.MigrationFixture.execute;
import static com.yumroad.kernel.db.migration.MigrationFixture.rowCounts;
import static com.yumroad.kernel.db.migration.MigrationFixture.structure;
import static org.assertj.core.api.Assertions.assertThat;

/** For every module: upgrade, data in, downgrade one step, upgrade again; the data and the schema come back whole. */
class MigrationRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyModuleGoesDownOneStepAndUpAgainKeepingTheData() {
        assertThat(MigrationFixture.MODULES).extracting(ApplicationModule::name)
                .contains("accounts", "storefront", "catalog");
        return MigrationFixture.MODULES.stream().map(module -> DynamicTest.dynamicTest(module.name(), () -> {
            DataSource database = MigrationFixture.freshDatabase();
            Upgrade upgrade = new Upgrade(MigrationFixture.migrations());
            upgrade.run(database, null, null);
            execute(database, REPRESENTATIVE_DATA);
            List<String> schema = structure(database);
            Map<String, Long> rows = rowCounts(database);

            DowngradeResult down = MigrationFixture.downgrade(MigrationFixture.migrations())
                    .run(database, module.name(), DowngradeRequest.steps(1));
            assertThat(down.undone()).hasSize(1);
            assertThat(structure(database)).isNotEqualTo(schema);
            Map<String, Long> afterDown = rowCounts(database);
            rows.forEach((table, count) -> assertThat(afterDown.getOrDefault(table, 0L))
                    .as("rows of %s (a table the step drops must be empty)", table).isEqualTo(count));

            List<ModuleUpgrade> up = upgrade.run(database, module.name(), null);
            assertThat(up.get(up.size() - 1).applied()).containsExactly(down.undone().get(0));
            assertThat(structure(database)).isEqualTo(schema);
            assertThat(rowCounts(database)).isEqualTo(rows);
        }));
    }
}
