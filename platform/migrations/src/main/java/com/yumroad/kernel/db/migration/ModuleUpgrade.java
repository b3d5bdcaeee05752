package com.yumroad.kernel.db.migration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an upgrade did to one module: its version before and after, and the scripts it applied. */
@Serdeable
public record ModuleUpgrade(String module, @Nullable String from, @Nullable String to, List<String> applied) {
}
