package com.yumroad.kernel.db.migration;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The module's version now, the version it will be at, and the steps between, latest first. */
record DowngradePlan(@Nullable String from, @Nullable String to, List<DowngradeStep> steps) {
}
