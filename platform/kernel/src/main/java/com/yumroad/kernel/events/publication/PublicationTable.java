package com.yumroad.kernel.events.publication;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL on {@code platform.event_publication}, always on the current transaction's connection. Times come from the
 * database's clock, so that instances with different clocks agree on what is due.
 */
@Singleton
class PublicationTable {

    private static final String PENDING_COLUMNS = "id, listener_id, event_type, serialized_event::text, attempts, published_at";

    private final TransactionOperations<Connection> transactions;

    PublicationTable(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** One publication of the event per listener, in one statement. */
    List<Long> insert(List<String> listenerIds, String eventType, String serializedEvent) {
        try {
            var ids = transactions.getConnection().createArrayOf("text", listenerIds.toArray());
            return query("""
                    insert into platform.event_publication (listener_id, event_type, serialized_event)
                    select listener_id, ?, ?::jsonb from unnest(?::text[]) as l(listener_id) returning id""",
                    rs -> rs.getLong(1), eventType, serializedEvent, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot log publications of " + eventType + ": " + e.getMessage(), e);
        }
    }

    /** Locks those of these publications that are still incomplete and that no other transaction holds, in id order. */
    List<Publication> lockIncomplete(List<Long> ids) {
        try {
            var array = transactions.getConnection().createArrayOf("bigint", ids.toArray());
            return query("select " + PENDING_COLUMNS + """
                     from platform.event_publication where id = any(?) and status = 'incomplete'
                    order by id for update skip locked""", PublicationTable::pending, array);
        } catch (SQLException e) {
            throw new IllegalStateException("Event publication log: " + e.getMessage(), e);
        }
    }

    /**
     * Locks up to {@code limit} incomplete publications whose attempt is due and that no other transaction holds. One
     * never attempted is due only once older than {@code untriedOlderThan}: until then its own instance delivers it.
     * (A resubmitted one has been attempted, so it is due at once.)
     */
    List<Publication> lockDue(Duration untriedOlderThan, int limit) {
        return query("select " + PENDING_COLUMNS + """
                 from platform.event_publication
                where status = 'incomplete' and next_attempt_at <= now()
                  and (last_attempt_at is not null or published_at <= now() - make_interval(secs => ?))
                order by next_attempt_at, id limit ?
                for update skip locked""", PublicationTable::pending, seconds(untriedOlderThan), limit);
    }

    void markCompleted(long id) {
        update("""
                update platform.event_publication set status = 'completed', attempts = attempts + 1,
                       last_attempt_at = clock_timestamp(), completed_at = clock_timestamp() where id = ?""", id);
    }

    void markRetry(long id, String error, Duration delay) {
        update("""
                update platform.event_publication set attempts = attempts + 1, last_attempt_at = clock_timestamp(),
                       last_error = ?, next_attempt_at = clock_timestamp() + make_interval(secs => ?) where id = ?""",
                error, seconds(delay), id);
    }

    void markFailed(long id, String error) {
        update("""
                update platform.event_publication set status = 'failed', attempts = attempts + 1,
                       last_attempt_at = clock_timestamp(), last_error = ? where id = ?""", error, id);
    }

    List<FailedPublication> failed() {
        try {
            return OperatorSql.failed(transactions.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Event publication log: " + e.getMessage(), e);
        }
    }

    /** Failed back to incomplete, due now, with a fresh round of attempts: one ({@code id}) or all ({@code null}). */
    int resubmitFailed(Long idOrAll) {
        try {
            return OperatorSql.resubmitFailed(transactions.getConnection(), idOrAll);
        } catch (SQLException e) {
            throw new IllegalStateException("Event publication log: " + e.getMessage(), e);
        }
    }

    int purgeCompletedOlderThan(Duration age) {
        return update("""
                delete from platform.event_publication
                where status = 'completed' and completed_at < now() - make_interval(secs => ?)""", seconds(age));
    }

    Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>(Map.of("incomplete", 0L, "failed", 0L, "completed", 0L));
        query("select status, count(*) from platform.event_publication group by status",
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private static Publication pending(ResultSet rs) throws SQLException {
        return new Publication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getTimestamp(6).toInstant());
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Event publication log: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Event publication log: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = transactions.getConnection().prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
