package com.yumroad.testing;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.support.TestPropertyProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives a {@code @MicronautTest} class its own empty database, which the platform migrates at start-up with the
 * migrations of the modules on the test's classpath: the module under test and its dependencies, no more.
 * Needs {@code @TestInstance(PER_CLASS)} on the test class.
 */
public interface FreshDatabase extends TestPropertyProvider {

    Map<Class<?>, String> URLS = new ConcurrentHashMap<>();

    @Override
    @NonNull
    default Map<String, String> getProperties() {
        TestDatabase server = TestDatabase.server();
        String url = URLS.computeIfAbsent(getClass(), test -> server.createDatabase());
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", server.user(),
                "datasources.default.password", server.password(),
                "micronaut.server.port", "-1");
    }

    /** A plain JDBC connection to this test class's database, outside the application's transactions. */
    default Connection connection() throws SQLException {
        return TestDatabase.server().connect(URLS.get(getClass()));
    }
}
