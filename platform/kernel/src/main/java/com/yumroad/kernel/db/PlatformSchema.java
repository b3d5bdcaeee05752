package com.yumroad.kernel.db;

import com.yumroad.kernel.module.ApplicationModule;

import java.util.Set;

/**
 * The platform's own tables (the event publication log) in schema {@code platform}, migrated from
 * {@code db/migration/platform} before any module. Described like a module so that the same Flyway set-up (and the db
 * commands) handle it, but deliberately not a bean: it is no business module, so the module rules and the module
 * diagram, built from the {@code ApplicationModule} beans, never see it.
 */
public final class PlatformSchema implements ApplicationModule {

    public static final PlatformSchema INSTANCE = new PlatformSchema();
    public static final String NAME = "platform";

    private PlatformSchema() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }

    @Override
    public String basePackage() {
        return "com.yumroad.kernel";
    }

    @Override
    public String toString() {
        return NAME;
    }
}
