package com.yumroad.kernel.db.migration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Where one module's schema stands: the applied version (null: none), what is pending and what is wrong. */
@Serdeable
public record ModuleStatus(String module, @Nullable String current, List<MigrationEntry> pending,
                           List<MigrationEntry> problems) {

    public boolean upToDate() {
        return pending.isEmpty() && problems.isEmpty();
    }
}
