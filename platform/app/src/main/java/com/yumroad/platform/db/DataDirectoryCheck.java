package com.yumroad.platform.db;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Asks a PostgreSQL which data directory it serves ({@code SHOW data_directory}): the embedded database is the one
 * in its own data directory or nothing, never another copy's server that happens to answer on the port.
 */
final class DataDirectoryCheck {

    private DataDirectoryCheck() {
    }

    /** Throws {@link EmbeddedDatabaseRefused} unless the server behind {@code url} serves {@code dataDirectory}. */
    static void verify(String url, Path dataDirectory, int port) {
        Optional<Path> served = served(url);
        if (served.isEmpty()) {
            throw new EmbeddedDatabaseRefused("The PostgreSQL on port " + port + " did not say which data directory it"
                    + " serves; refusing to use it for " + dataDirectory + ".");
        }
        if (!sameDirectory(served.get(), dataDirectory)) {
            throw new EmbeddedDatabaseRefused("The PostgreSQL on port " + port + " serves " + served.get() + ", not "
                    + dataDirectory + ": another copy's database, so Yumroad will not use it.");
        }
    }

    static Optional<Path> served(String url) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show data_directory")) {
            return rs.next() ? Optional.of(Path.of(rs.getString(1))) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    static boolean sameDirectory(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
