package com.yumroad.platform.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads which PostgreSQL to use from the environment: {@code DATABASE_URL} (with {@code DATABASE_USER},
 * {@code DATABASE_PASSWORD}) for an external server; otherwise an embedded one with its data under
 * {@code YUMROAD_DATA_DIR} (default {@code ./.data/postgres}) on {@code EMBEDDED_DB_PORT} (default 54329).
 */
public record DatabaseSettings(Optional<DatabaseConnection> external, Path embeddedDataDirectory, int embeddedPort) {

    public static final int DEFAULT_EMBEDDED_PORT = 54329;

    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        Optional<DatabaseConnection> external = Optional.ofNullable(blankToNull(env.get("DATABASE_URL")))
                .map(url -> new DatabaseConnection(url, blankToNull(env.get("DATABASE_USER")),
                        blankToNull(env.get("DATABASE_PASSWORD"))));
        Path dataDir = Path.of(Optional.ofNullable(blankToNull(env.get("YUMROAD_DATA_DIR"))).orElse(".data/postgres"));
        int port = Optional.ofNullable(blankToNull(env.get("EMBEDDED_DB_PORT"))).map(Integer::parseInt)
                .orElse(DEFAULT_EMBEDDED_PORT);
        return new DatabaseSettings(external, dataDir, port);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
