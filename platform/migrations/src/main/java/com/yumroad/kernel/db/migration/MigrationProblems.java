package com.yumroad.kernel.db.migration;

import io.micronaut.core.annotation.Nullable;
import org.flywaydb.core.api.MigrationInfo;


/** What is wrong with one migration, in words a developer can act on; null when nothing is. */
final class MigrationProblems {

    private MigrationProblems() {
    }

    @Nullable
    static String of(MigrationInfo info, String schema) {
        return switch (info.getState()) {
            case FAILED, MISSING_FAILED, FUTURE_FAILED -> "failed: repair the schema by hand, then delete its row from "
                    + schema + ".flyway_schema_history";
            case MISSING_SUCCESS -> "applied, but its file is gone";
            case FUTURE_SUCCESS -> "applied by a newer build: no file for it here";
            case IGNORED -> "out of order: not applied, yet older than the applied version; give it a higher version";
            default -> info.isApplied() && info.getState().isResolved() && !info.isChecksumMatching()
                    ? "changed since it was applied (checksum " + info.getAppliedChecksum() + " applied, "
                    + info.getResolvedChecksum() + " now)"
                    : null;
        };
    }
}
