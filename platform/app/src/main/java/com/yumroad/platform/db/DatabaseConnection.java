package com.yumroad.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/** Where the application's PostgreSQL is, as the default datasource's properties. */
public record DatabaseConnection(String url, String user, String password) {

    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    public Map<String, Object> asProperties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user == null ? "" : user,
                "datasources.default.password", password == null ? "" : password);
    }

    /**
     * Fails within seconds, with a one-line reason naming the URL, when the database cannot be reached:
     * better than a pool that retries in the background while the application pretends to start.
     */
    public void verifyReachable() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(url, props)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(url, e);
        }
    }
}
