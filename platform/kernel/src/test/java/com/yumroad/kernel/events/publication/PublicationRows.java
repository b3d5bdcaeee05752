package com.yumroad.kernel.events.publication;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the publication log directly, for tests: the rows whose event has {@code field = value}. */
final class PublicationRows {

    record Row(long id, String listenerId, String status, int attempts, String lastError) {
    }

    private PublicationRows() {
    }

    static List<Row> where(Connection connection, String field, Object value) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select id, listener_id, status, attempts, last_error from platform.event_publication
                where serialized_event ->> ? = ? order by id""")) {
            statement.setString(1, field);
            statement.setString(2, String.valueOf(value));
            try (var rs = statement.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
                }
                return rows;
            }
        }
    }

    static Row single(Connection connection, String field, Object value) throws SQLException {
        List<Row> rows = where(connection, field, value);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one publication with " + field + " = " + value + ", found " + rows);
        }
        return rows.get(0);
    }
}
