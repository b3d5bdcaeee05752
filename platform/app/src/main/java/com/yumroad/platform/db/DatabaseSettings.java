package com.yumroad.platform.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads which PostgreSQL to use from the environment: {@code DATABASE_URL} (with {@code DATABASE_USER},
 * {@code DATABASE_PASSWORD}) for an external server; otherwise an embedded one with its data under
 * {@code YUMROAD_DATA_DIR} (default {@code ./.data/postgres}) on {@code EMBEDDED_DB_PORT} (default 54329).
 * {@code embeddedPortGiven} says whether that port was asked for: a port asked for is used or refused, the default
 * one gives way to a free port when another program holds it.
 */
public record DatabaseSettings(Optional<DatabaseConnection> external, Path embeddedDataDirectory, int embeddedPort,
                               boolean embeddedPortGiven) {

    public static final int DEFAULT_EMBEDDED_PORT = 54329;

    public DatabaseSettings(Optional<DatabaseConnection> external, Path embeddedDataDirectory, int embeddedPort) {
        this(external, embeddedDataDirectory, embeddedPort, true);
    }

    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        Optional<DatabaseConnection> external = Optional.ofNullable(blankToNull(env.get("DATABASE_URL")))
                .map(url -> new DatabaseConnection(url, blankToNull(env.get("DATABASE_USER")),
                        blankToNull(env.get("DATABASE_PASSWORD"))));
        Path dataDir = Path.of(Optional.ofNullable(blankToNull(env.get("YUMROAD_DATA_DIR"))).orElse(".data/postgres"));
        Optional<String> port = Optional.ofNullable(blankToNull(env.get("EMBEDDED_DB_PORT")));
        return new DatabaseSettings(external, dataDir, port.map(DatabaseSettings::port).orElse(DEFAULT_EMBEDDED_PORT),
                port.isPresent());
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalStateException("EMBEDDED_DB_PORT=" + value + " is not a port number (1-65535).");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
