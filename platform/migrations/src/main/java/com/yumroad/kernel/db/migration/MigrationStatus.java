package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

/** Per module, in migration order: the applied version, pending migrations, and anything failed, changed or out of order. */
@Singleton
public class MigrationStatus {

    private final ModuleMigrations migrations;

    public MigrationStatus(ModuleMigrations migrations) {
        this.migrations = migrations;
    }

    public List<ModuleStatus> of(DataSource dataSource) {
        return migrations.modules().stream().map(module -> of(module, dataSource)).toList();
    }

    public ModuleStatus of(ApplicationModule module, DataSource dataSource) {
        MigrationInfoService info = migrations.flyway(module, dataSource).info();
        MigrationInfo current = info.current();
        List<MigrationInfo> all = Arrays.stream(info.all()).filter(VersionedMigrations::isVersioned).toList();
        return new ModuleStatus(module.name(),
                current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                all.stream().filter(m -> m.getState() == MigrationState.PENDING)
                        .map(m -> MigrationEntry.of(m, module.schema())).toList(),
                all.stream().map(m -> MigrationEntry.of(m, module.schema())).filter(e -> e.problem() != null).toList());
    }
}
