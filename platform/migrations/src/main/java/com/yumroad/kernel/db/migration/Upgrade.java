package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies pending migrations in module dependency order. For one module, its dependencies are brought fully up to date
 * first (its migrations may refer to their latest tables), then the module itself, up to {@code target} if given.
 * A target counts in that module's own versions, so it needs a module.
 */
@Singleton
public class Upgrade {

    private final ModuleMigrations migrations;

    public Upgrade(ModuleMigrations migrations) {
        this.migrations = migrations;
    }

    public List<ModuleUpgrade> run(DataSource dataSource, @Nullable String moduleName, @Nullable String target) {
        if (moduleName == null) {
            if (target != null) {
                throw new MigrationRefusedException("--target needs --module: every module counts its own versions");
            }
            return migrations.modules().stream().map(m -> migrate(m, dataSource, null)).toList();
        }
        ApplicationModule module = migrations.module(moduleName);
        if (target != null) {
            refuseTargetBelowCurrent(module, dataSource, target);
        }
        List<ModuleUpgrade> upgrades = new ArrayList<>();
        for (ApplicationModule dependency : dependenciesOf(module)) {
            upgrades.add(migrate(dependency, dataSource, null));
        }
        upgrades.add(migrate(module, dataSource, target));
        return upgrades;
    }

    private ModuleUpgrade migrate(ApplicationModule module, DataSource dataSource, @Nullable String target) {
        var configuration = migrations.configure(module, dataSource);
        if (target != null) {
            configuration.target(target);
        }
        try {
            MigrateResult result = configuration.load().migrate();
            return new ModuleUpgrade(module.name(), result.initialSchemaVersion, result.targetSchemaVersion,
                    result.migrations.stream().map(m -> m.filepath.substring(m.filepath.lastIndexOf('/') + 1)).toList());
        } catch (FlywayException e) {
            throw new MigrationRefusedException(module.name() + ": " + OneLine.of(e.getMessage()), e);
        }
    }

    private void refuseTargetBelowCurrent(ApplicationModule module, DataSource dataSource, String target) {
        MigrationVersion wanted;
        try {
            wanted = MigrationVersion.fromVersion(target);
        } catch (RuntimeException e) {
            throw new MigrationRefusedException("--target " + target + " is not a version");
        }
        MigrationInfo current = migrations.flyway(module, dataSource).info().current();
        if (current != null && current.getVersion() != null && current.getVersion().isNewerThan(wanted.getVersion())) {
            throw new MigrationRefusedException(module.name() + " is at version " + current.getVersion()
                    + ", above target " + target + ": use db downgrade");
        }
    }

    /** The module's dependencies, direct and indirect, in migration order. */
    private List<ApplicationModule> dependenciesOf(ApplicationModule module) {
        Set<String> needed = new LinkedHashSet<>();
        collect(module, needed);
        return migrations.modules().stream().filter(m -> needed.contains(m.name())).toList();
    }

    private void collect(ApplicationModule module, Set<String> needed) {
        for (String dependency : module.dependsOn()) {
            if (needed.add(dependency)) {
                collect(migrations.module(dependency), needed);
            }
        }
    }
}
