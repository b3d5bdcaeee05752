package com.yumroad.kernel.events.publication;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The operators' statements on the log, on whatever connection the caller has: the application's or the CLI's. */
final class OperatorSql {

    private OperatorSql() {
    }

    static List<FailedPublication> failed(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select id, listener_id, event_type, serialized_event::text, published_at, attempts, last_attempt_at,
                       last_error
                from platform.event_publication where status = 'failed' order by id""");
             var rs = statement.executeQuery()) {
            List<FailedPublication> failed = new ArrayList<>();
            while (rs.next()) {
                failed.add(new FailedPublication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), rs.getInt(6), instant(rs.getTimestamp(7)), rs.getString(8)));
            }
            return failed;
        }
    }

    /** Failed back to incomplete, due now, with a fresh round of attempts: one ({@code id}) or all ({@code null}). */
    static int resubmitFailed(Connection connection, Long id) throws SQLException {
        String sql = """
                update platform.event_publication set status = 'incomplete', attempts = 0,
                       next_attempt_at = clock_timestamp() where status = 'failed'""";
        try (var statement = connection.prepareStatement(id == null ? sql : sql + " and id = ?")) {
            if (id != null) {
                statement.setLong(1, id);
            }
            return statement.executeUpdate();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
