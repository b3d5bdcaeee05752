package com.yumroad.kernel.module;

import java.util.Set;

/**
 * What the platform needs to know of a business module: its name, the modules it may use, and where its
 * schema and migrations live. Each module declares one as a bean in its root package.
 */
public interface ApplicationModule {

    /** Lower-case module name; also its root package, schema and migrations folder. */
    String name();

    /** Names of the modules this one may depend on (its public API and events only). */
    Set<String> dependsOn();

    default String schema() {
        return name();
    }

    default String migrationsFolder() {
        return "db/migration/" + name();
    }

    default String basePackage() {
        return "com.yumroad." + name();
    }
}
