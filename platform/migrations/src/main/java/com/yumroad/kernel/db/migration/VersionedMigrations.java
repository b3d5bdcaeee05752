package com.yumroad.kernel.db.migration;

import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;

/** Flyway's info lists its own markers (schema creation) beside the migrations; these are the migrations. */
final class VersionedMigrations {

    private VersionedMigrations() {
    }

    static boolean isVersioned(MigrationInfo info) {
        return info.getVersion() != null && info.getType() != CoreMigrationType.SCHEMA;
    }
}
