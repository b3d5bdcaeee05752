package com.yumroad.kernel.db.migration;

import com.yumroad.kernel.db.ModuleMigrations;
import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Takes back a module's latest migrations with their undo twins ({@code U<n>__<what>.sql}): Flyway's own undo is a
 * paid feature. One transaction for the whole downgrade; a refusal changes nothing and says which migration and why.
 */
@Singleton
public class Downgrade {

    private final ModuleMigrations migrations;
    private final DowngradePlanner planner;

    Downgrade(ModuleMigrations migrations, DowngradePlanner planner) {
        this.migrations = migrations;
        this.planner = planner;
    }

    public DowngradeResult run(DataSource dataSource, String moduleName, DowngradeRequest request) {
        ApplicationModule module = migrations.module(moduleName);
        DowngradePlan plan = planner.plan(module, dataSource, request);
        if (plan.steps().isEmpty()) {
            return new DowngradeResult(module.name(), plan.from(), plan.from(), List.of(), List.of());
        }
        try (Connection connection = dataSource.getConnection()) {
            var destroyed = new UndoTransaction(connection, module, request.force()).run(plan);
            return new DowngradeResult(module.name(), plan.from(), plan.to(),
                    plan.steps().stream().map(s -> s.migration().fileName()).toList(), destroyed);
        } catch (SQLException e) {
            throw new MigrationRefusedException("downgrade of " + module.name() + " failed and changed nothing: "
                    + OneLine.of(e.getMessage()), e);
        }
    }
}
