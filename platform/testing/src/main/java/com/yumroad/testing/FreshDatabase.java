package com.yumroad.testing;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.support.TestPropertyProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives a {@code @MicronautTest} class its own empty database (and its own directory for stored files), which the platform migrates at start-up with the
 * migrations of the modules on the test's classpath: the module under test and its dependencies, no more.
 * Needs {@code @TestInstance(PER_CLASS)} on the test class.
 */
public interface FreshDatabase extends TestPropertyProvider {

    Map<Class<?>, String> URLS = new ConcurrentHashMap<>();
    Map<Class<?>, Path> FILES = new ConcurrentHashMap<>();

    @Override
    @NonNull
    default Map<String, String> getProperties() {
        TestDatabase server = TestDatabase.server();
        String url = URLS.computeIfAbsent(getClass(), test -> server.createDatabase());
        Path files = FILES.computeIfAbsent(getClass(), test -> temporaryDirectory());
        return Map.of(
                "yumroad.storage.local.directory", files.toString(),
                "datasources.default.url", url,
                "datasources.default.username", server.user(),
                "datasources.default.password", server.password(),
                "micronaut.server.port", "-1");
    }

    /** This test class's own file store (the local disk adapter's directory), empty at its start. */
    default Path files() {
        return FILES.get(getClass());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("yumroad-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain JDBC connection to this test class's database, outside the application's transactions. */
    default Connection connection() throws SQLException {
        return TestDatabase.server().connect(URLS.get(getClass()));
    }
}
