package com.yumroad.kernel.eventstream;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The event stream's rows in the publication log. */
final class Publications {

    record Row(long id, String eventType, String status, int attempts, Instant publishedAt, String lastError) {
    }

    private Publications() {
    }

    static List<Row> ofTheStream(Connection c) throws SQLException {
        try (var statement = c.prepareStatement("""
                select id, event_type, status, attempts, published_at, last_error from platform.event_publication
                where listener_id = ? order by id""")) {
            statement.setString(1, EventStream.LISTENER);
            try (var rs = statement.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6)));
                }
                return rows;
            }
        }
    }

    static boolean allCompleted(Connection c, int expected) throws SQLException {
        List<Row> rows = ofTheStream(c);
        return rows.size() == expected && rows.stream().allMatch(r -> r.status().equals("completed"));
    }
}
