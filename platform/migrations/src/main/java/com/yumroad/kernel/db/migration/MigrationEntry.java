package com.yumroad.kernel.db.migration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.flywaydb.core.api.MigrationInfo;

import java.time.Instant;

/**
 * One versioned migration of a module as Flyway sees it: its file and, once applied, its row in the module's history.
 * {@code checksum} is {@code ok}, {@code changed} (the file differs from what was applied), {@code file missing}, or
 * {@code -} when not applied; {@code problem} says what is wrong, if anything.
 */
@Serdeable
public record MigrationEntry(
        String version,
        String description,
        String script,
        String state,
        @Nullable Instant installedOn,
        @Nullable Integer executionMillis,
        String checksum,
        @Nullable String problem) {

    static MigrationEntry of(MigrationInfo info, String schema) {
        return new MigrationEntry(
                info.getVersion().getVersion(),
                info.getDescription(),
                info.getScript(),
                info.getState().getDisplayName().toLowerCase(java.util.Locale.ROOT),
                info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant(),
                info.getExecutionTime(),
                checksum(info),
                MigrationProblems.of(info, schema));
    }

    private static String checksum(MigrationInfo info) {
        if (!info.isApplied()) {
            return "-";
        }
        if (!info.getState().isResolved()) {
            return "file missing";
        }
        return info.isChecksumMatching() ? "ok" : "changed";
    }
}
