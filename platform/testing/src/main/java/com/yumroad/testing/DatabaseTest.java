package com.yumroad.testing;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/**
 * Gives a {@code @MicronautTest} class its own empty database, which the platform migrates at start-up with the
 * migrations of the modules on the test's classpath: the module under test and its dependencies, no more.
 * Needs {@code @TestInstance(PER_CLASS)} on the test class.
 */
public interface DatabaseTest extends TestPropertyProvider {

    @Override
    @NonNull
    default Map<String, String> getProperties() {
        TestDatabase server = TestDatabase.server();
        return Map.of(
                "datasources.default.url", server.createDatabase(),
                "datasources.default.username", server.user(),
                "datasources.default.password", server.password(),
                "micronaut.server.port", "-1");
    }
}
