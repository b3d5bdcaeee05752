package com.yumroad.kernel.db.migration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a downgrade did to one module: version before and after ({@code to} null: no migration left), the migrations
 * it took back (latest first), and the data that went with them because {@code --force} allowed it.
 */
@Serdeable
public record DowngradeResult(String module, @Nullable String from, @Nullable String to, List<String> undone,
                              List<String> destroyed) {
}
