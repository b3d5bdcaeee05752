package com.yumroad.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server run by the application itself, for machines with nothing installed. Its data directory is
 * kept between runs, so what was written survives a restart. It is the server of that data directory or nothing:
 * a port another program holds is given up (or refused, when it was asked for), a data directory another copy is
 * running from is refused, and the server that answers is asked which data directory it serves.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "yumroad";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /**
     * Starts the server of {@code dataDirectory} on {@code port}; when another program holds that port, on a free
     * one instead ({@code portGiven} false: the default port) or not at all ({@code portGiven}: asked for).
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean portGiven) {
        Path directory = createdDirectory(dataDirectory);
        int chosen = portFor(directory, port, portGiven);
        EmbeddedPostgres server = startServer(directory, chosen);
        EmbeddedDatabase database = new EmbeddedDatabase(server, chosen);
        try {
            DataDirectoryCheck.verify(server.getJdbcUrl("postgres", "postgres"), directory, chosen);
            database.createApplicationDatabase();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info("Embedded PostgreSQL on port {} with data in {} (psql -h localhost -p {} -U postgres {})",
                chosen, directory, chosen, DATABASE);
        return database;
    }

    /**
     * The embedded server a running application keeps for {@code dataDirectory}, found from the port in its
     * {@code postmaster.pid} and confirmed by asking the server for its data directory.
     */
    public static Optional<DatabaseConnection> running(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            int port = Integer.parseInt(lines.get(3).trim());
            String url = url(port, DATABASE);
            Optional<Path> served = DataDirectoryCheck.served(url(port, "postgres"));
            return served.filter(dir -> DataDirectoryCheck.sameDirectory(dir, dataDirectory))
                    .map(dir -> new DatabaseConnection(url, "postgres", ""));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public int port() {
        return port;
    }

    public DatabaseConnection connection() {
        return new DatabaseConnection(url(port, DATABASE), "postgres", "");
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static Path createdDirectory(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return dataDirectory.toRealPath();
        } catch (IOException e) {
            throw new EmbeddedDatabaseRefused("Cannot use " + dataDirectory.toAbsolutePath() + " for the embedded"
                    + " PostgreSQL's data: " + e.getMessage());
        }
    }

    private static int portFor(Path directory, int port, boolean portGiven) {
        if (!LocalPorts.isTaken(port)) {
            return port;
        }
        if (portGiven) {
            throw new EmbeddedDatabaseRefused("Port " + port + " (EMBEDDED_DB_PORT) is taken by another program, so"
                    + " the embedded PostgreSQL for " + directory + " cannot use it: set EMBEDDED_DB_PORT to a free"
                    + " port, or leave it unset and Yumroad picks one.");
        }
        int free = LocalPorts.freePort();
        LOG.warn("Port {} is taken by another program (another copy of Yumroad?): the embedded PostgreSQL for {} runs"
                + " on port {} instead", port, directory, free);
        return free;
    }

    private static EmbeddedPostgres startServer(Path directory, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky's 10 s is too short for a first initdb on a busy two-core machine
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
        } catch (IllegalStateException e) {
            // zonky's lock on <data directory>/epg-lock: "could not lock" from another process, an overlapping
            // lock from this one
            if (!(e instanceof OverlappingFileLockException) && !String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw e;
            }
            throw new EmbeddedDatabaseRefused("Yumroad is already running from " + directory + " (its database is"
                    + " locked). Stop that copy first (Ctrl+C where it runs), or run a second copy with its own data"
                    + " and ports: YUMROAD_DATA_DIR=<another folder> PORT=8081 ./start");
        } catch (IOException e) {
            throw new EmbeddedDatabaseRefused("Cannot start the embedded PostgreSQL in " + directory + " on port " + port
                    + ": " + e.getMessage());
        }
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
