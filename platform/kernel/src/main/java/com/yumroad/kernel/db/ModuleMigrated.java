package com.yumroad.kernel.db;

import org.flywaydb.core.api.output.MigrateResult;

import java.util.Optional;

/** Where one module's schema stands after a migration run: how many migrations it applied and at which version it is. */
public record ModuleMigrated(String module, int applied, Optional<String> version) {

    static ModuleMigrated of(String module, MigrateResult result) {
        // Flyway leaves the target version empty when nothing was applied: the schema then stays where it began.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return new ModuleMigrated(module, result.migrationsExecuted, Optional.ofNullable(version));
    }

    public String describe() {
        String at = version.map(v -> "version " + v).orElse("no version (it has no migrations)");
        return applied == 0
                ? "Module " + module + ": up to date at " + at
                : "Module " + module + ": " + applied + (applied == 1 ? " migration" : " migrations") + " applied, now at " + at;
    }
}
