package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that would make a migrate or a downgrade go wrong, for every module: file naming, duplicate versions,
 * missing undo twins, and against the database applied migrations whose file changed (checksum) or vanished,
 * failures, and migrations older than the applied version that were never applied (out of order).
 * Pending migrations are not problems: {@code db upgrade} applies them.
 */
@Singleton
public class MigrationValidation {

    private final ModuleMigrations migrations;
    private final MigrationScripts scripts;

    public MigrationValidation(ModuleMigrations migrations, MigrationScripts scripts) {
        this.migrations = migrations;
        this.scripts = scripts;
    }

    public List<ValidationProblem> problems(DataSource dataSource) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (ApplicationModule module : migrations.modules()) {
            MigrationFiles.check(scripts.fileNames(module),
                    (file, problem) -> problems.add(new ValidationProblem(module.name(), file, problem)));
            for (MigrationInfo info : migrations.flyway(module, dataSource).info().all()) {
                String problem = VersionedMigrations.isVersioned(info) ? MigrationProblems.of(info, module.schema()) : null;
                if (problem != null) {
                    problems.add(new ValidationProblem(module.name(), info.getScript(), problem));
                }
            }
        }
        return problems;
    }
}
