package com.yumroad.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server per test JVM, and a fresh database on it for every test class. The server is
 * {@code DATABASE_URL}'s when that is set (any database on it that the user may create databases in), else an
 * embedded one in a throwaway directory, stopped when the JVM exits.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile TestDatabase instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final String runId = Long.toString(System.currentTimeMillis(), 36) + Long.toString(ProcessHandle.current().pid(), 36);

    private TestDatabase(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static TestDatabase server() {
        TestDatabase local = instance;
        if (local == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = start();
                }
                local = instance;
            }
        }
        return local;
    }

    private static TestDatabase start() {
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            TestDatabase external = new TestDatabase(url.trim(), System.getenv("DATABASE_USER"), System.getenv("DATABASE_PASSWORD"));
            Runtime.getRuntime().addShutdownHook(new Thread(external::dropCreatedDatabases));
            return external;
        }
        try {
            // zonky's 10 s is too short for initdb on a busy two-core machine
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary directory goes with the next clean-up
                }
            }));
            return new TestDatabase(embedded.getJdbcUrl("postgres", "postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
        }
    }

    /** Creates an empty database and answers its JDBC URL. */
    public String createDatabase() {
        String name = "yumroad_test_" + runId + "_" + COUNTER.incrementAndGet();
        execute("create database " + name);
        created.add(name);
        return urlOf(name);
    }

    /** On a server the tests do not own, leave nothing behind. */
    private void dropCreatedDatabases() {
        for (String name : created) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (IllegalStateException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    public String user() {
        return user == null ? "" : user;
    }

    public String password() {
        return password == null ? "" : password;
    }

    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, credentials()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    public Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, credentials());
    }

    private Properties credentials() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private String urlOf(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
