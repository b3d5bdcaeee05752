package com.yumroad.kernel.db.migration;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Every migration applied to one module's schema, oldest first. */
@Serdeable
public record ModuleHistory(String module, List<MigrationEntry> applied) {
}
