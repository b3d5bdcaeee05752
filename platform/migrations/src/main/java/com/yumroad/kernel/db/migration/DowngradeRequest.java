package com.yumroad.kernel.db.migration;

import io.micronaut.core.annotation.Nullable;

/**
 * Which migrations of a module to undo: the latest {@code steps}, or every one above {@code target} ({@code 0}: all).
 * {@code force} accepts that dropped tables and columns take their data with them.
 */
public record DowngradeRequest(@Nullable Integer steps, @Nullable String target, boolean force) {

    public DowngradeRequest {
        if (steps != null && target != null) {
            throw new MigrationRefusedException("give --steps or --target, not both");
        }
        if (steps != null && steps < 1) {
            throw new MigrationRefusedException("--steps must be at least 1");
        }
    }

    public static DowngradeRequest steps(int steps) {
        return new DowngradeRequest(steps, null, false);
    }

    public static DowngradeRequest to(String target) {
        return new DowngradeRequest(null, target, false);
    }

    public DowngradeRequest forced() {
        return new DowngradeRequest(steps, target, true);
    }
}
