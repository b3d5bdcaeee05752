package com.yumroad.kernel.db.migration;

import io.micronaut.serde.annotation.Serdeable;

/** The versioned migration and its undo twin that {@link NewMigration} wrote, as paths relative to the checkout. */
@Serdeable
public record NewMigrationFiles(String module, String version, String migration, String undo) {
}
