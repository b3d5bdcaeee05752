package com.yumroad.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL server run by the application itself, for machines with nothing installed. Its data directory is
 * kept between runs, so what was written survives a restart.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "yumroad";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky's 10 s is too short for a first initdb on a busy two-core machine
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(server);
            database.createApplicationDatabase();
            LOG.info("Embedded PostgreSQL on port {} with data in {} (psql -h localhost -p {} -U postgres {})",
                    port, dataDirectory.toAbsolutePath(), port, DATABASE);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
                    + " on port " + port + ": " + e.getMessage(), e);
        }
    }

    public DatabaseConnection connection() {
        return new DatabaseConnection(server.getJdbcUrl("postgres", DATABASE), "postgres", "");
    }

    private void createApplicationDatabase() {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
