package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

/** Per module, every applied migration with when, how long and whether its file still matches. */
@Singleton
public class MigrationHistory {

    private final ModuleMigrations migrations;

    public MigrationHistory(ModuleMigrations migrations) {
        this.migrations = migrations;
    }

    public List<ModuleHistory> of(DataSource dataSource) {
        return migrations.modules().stream()
                .map(module -> new ModuleHistory(module.name(),
                        Arrays.stream(migrations.flyway(module, dataSource).info().applied())
                                .filter(VersionedMigrations::isVersioned)
                                .map(m -> MigrationEntry.of(m, module.schema())).toList()))
                .toList();
    }
}
