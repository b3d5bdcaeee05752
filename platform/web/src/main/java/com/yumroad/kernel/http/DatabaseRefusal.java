package com.yumroad.kernel.http;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What PostgreSQL's refusal of a write means for the client, read from its SQLSTATE (whatever wraps the exception).
 * Use cases check their input and decide their races before the database does; this is the net under them, so that
 * a constraint or a lock conflict that still reaches the top answers a 4xx, never a 500:
 * <ul>
 *   <li>23505 unique, 23503 foreign key on delete ("still referenced"), 40001 serialization failure, 40P01
 *       deadlock, 55P03 lock not available: 409, the request lost a race or clashes with what exists;</li>
 *   <li>23503 on insert or update ("is not present"): 404, what it refers to is gone;</li>
 *   <li>23514 check, 23502 not null, class 22 (data exception: too long, bad encoding, out of range): 422.</li>
 * </ul>
 * The field is the column PostgreSQL names, when it names one.
 */
public record DatabaseRefusal(int status, String message, String field) {

    public static Optional<DatabaseRefusal> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<DatabaseRefusal> refusal = classify(sql);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseRefusal> classify(SQLException sql) {
        String state = sql.getSQLState();
        String field = column(sql);
        return switch (state) {
            case "23505" -> Optional.of(new DatabaseRefusal(409, "This clashes with something that already exists",
                    field));
            case "23503" -> String.valueOf(sql.getMessage()).contains("is not present")
                    ? Optional.of(new DatabaseRefusal(404, "Something this refers to no longer exists", null))
                    : Optional.of(new DatabaseRefusal(409, "Something else still refers to this", null));
            case "40001", "40P01", "55P03" -> Optional.of(new DatabaseRefusal(409,
                    "Another change to the same data came first; try again", null));
            case "23514", "23502" -> Optional.of(new DatabaseRefusal(422, "A value is not acceptable", field));
            default -> state.startsWith("22")
                    ? Optional.of(new DatabaseRefusal(422, "A value is not acceptable", field))
                    : Optional.empty();
        };
    }

    private static String column(SQLException sql) {
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null && server.getColumn() != null) {
                return toCamelCase(server.getColumn());
            }
        }
        return null;
    }

    /** price_cents -> priceCents: the API's words for a column. */
    private static String toCamelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
