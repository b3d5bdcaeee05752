package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the applied migrations a downgrade takes back (latest version first) and finds each one's undo twin;
 * refuses when the history has a failure, when the request asks for more than was applied, or when a twin is missing.
 */
@Singleton
class DowngradePlanner {

    private final ModuleMigrations migrations;
    private final MigrationScripts scripts;

    DowngradePlanner(ModuleMigrations migrations, MigrationScripts scripts) {
        this.migrations = migrations;
        this.scripts = scripts;
    }

    DowngradePlan plan(ApplicationModule module, DataSource dataSource, DowngradeRequest request) {
        List<MigrationInfo> applied = new ArrayList<>(Arrays.stream(migrations.flyway(module, dataSource).info().applied())
                .filter(VersionedMigrations::isVersioned).toList());
        applied.stream().filter(m -> m.getState().isFailed()).findFirst().ifPresent(failed -> {
            throw new MigrationRefusedException(module.name() + " " + failed.getScript() + " is recorded as failed: "
                    + "repair it before downgrading");
        });
        applied.sort(Comparator.comparing(MigrationInfo::getVersion).reversed());
        List<MigrationInfo> chosen = choose(module, applied, request);
        List<DowngradeStep> steps = chosen.stream().map(m -> step(module, m)).toList();
        String from = applied.isEmpty() ? null : applied.get(0).getVersion().getVersion();
        String to = applied.size() == chosen.size() ? null : applied.get(chosen.size()).getVersion().getVersion();
        return new DowngradePlan(from, to, steps);
    }

    private static List<MigrationInfo> choose(ApplicationModule module, List<MigrationInfo> latestFirst,
                                              DowngradeRequest request) {
        if (request.target() == null) {
            int steps = request.steps() == null ? 1 : request.steps();
            if (steps > latestFirst.size()) {
                throw new MigrationRefusedException(module.name() + " has " + latestFirst.size()
                        + " applied migration(s); cannot undo " + steps);
            }
            return latestFirst.subList(0, steps);
        }
        MigrationVersion target = targetVersion(request.target());
        return latestFirst.stream().filter(m -> m.getVersion().isNewerThan(target.getVersion())).toList();
    }

    private static MigrationVersion targetVersion(String target) {
        try {
            return MigrationVersion.fromVersion(target);
        } catch (RuntimeException e) {
            throw new MigrationRefusedException("--target " + target + " is not a version");
        }
    }

    private DowngradeStep step(ApplicationModule module, MigrationInfo applied) {
        MigrationFileName name = MigrationFileName.parse(applied.getScript()).orElseThrow(() ->
                new MigrationRefusedException(module.name() + " " + applied.getScript()
                        + " is not named V<version>__<what>.sql, so it has no undo twin"));
        String undo = scripts.read(module, name.twin().fileName()).orElseThrow(() ->
                new MigrationRefusedException(module.name() + " " + name + " has no undo twin "
                        + name.twin() + " in " + String.join(", ", migrations.locations(module))));
        if (applied.getState() != MigrationState.SUCCESS && applied.getState() != MigrationState.OUT_OF_ORDER
                && applied.getState() != MigrationState.MISSING_SUCCESS) {
            throw new MigrationRefusedException(module.name() + " " + name + " is " + applied.getState().getDisplayName()
                    + ": cannot undo it");
        }
        return new DowngradeStep(applied.getInstalledRank(), name, undo);
    }
}
