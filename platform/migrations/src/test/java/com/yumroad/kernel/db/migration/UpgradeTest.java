package com.yumroad.kernel.db.migration;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class UpgradeTest {

    private final DataSource database = MigrationFixture.freshDatabase();
    private final Upgrade upgrade = new Upgrade(MigrationFixture.migrations());
    private final MigrationStatus status = new MigrationStatus(MigrationFixture.migrations());

    @Test
    void oneModuleUpToATargetBringsItsDependenciesFullyUpToDateFirst() {
        List<ModuleUpgrade> upgrades = upgrade.run(database, "storefront", "1");

        assertThat(upgrades).extracting(ModuleUpgrade::module, ModuleUpgrade::to)
                .containsExactly(tuple("accounts", "2"),
                        tuple("storefront", "1"));
        assertThat(status.of(database)).extracting(ModuleStatus::module, ModuleStatus::current).containsExactly(
                tuple("platform", null),
                tuple("accounts", "2"),
                tuple("storefront", "1"),
                tuple("catalog", null));
    }

    @Test
    void everythingInDependencyOrder() {
        List<ModuleUpgrade> upgrades = upgrade.run(database, null, null);

        assertThat(upgrades).extracting(ModuleUpgrade::module)
                .containsExactly("platform", "accounts", "storefront", "catalog");
        assertThat(upgrades).extracting(u -> u.applied().size()).containsExactly(3, 2, 2, 3);
        assertThat(upgrade.run(database, null, null)).allSatisfy(u -> assertThat(u.applied()).isEmpty());
    }

    @Test
    void refusesATargetWithoutAModuleAndATargetBelowTheCurrentVersion() {
        assertThatThrownBy(() -> upgrade.run(database, null, "1"))
                .isInstanceOf(MigrationRefusedException.class).hasMessageContaining("--target needs --module");
        upgrade.run(database, null, null);

        assertThatThrownBy(() -> upgrade.run(database, "catalog", "1"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessage("catalog is at version 3, above target 1: use db downgrade");
    }
}
