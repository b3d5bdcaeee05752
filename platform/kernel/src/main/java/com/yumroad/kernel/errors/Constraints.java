package com.yumroad.kernel.errors;

import java.sql.SQLException;

/** Recognises what PostgreSQL says when a constraint refuses a write, whatever wraps its exception. */
public final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    /** True when the error is a unique violation of the named constraint (or of any, when name is null). */
    public static boolean isUniqueViolation(Throwable error, String constraintName) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return constraintName == null || String.valueOf(sql.getMessage()).contains(constraintName);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
