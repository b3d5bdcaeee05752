package com.yumroad.kernel.paging;

import com.yumroad.kernel.errors.InvalidInputException;

/** Which page to read: at most {@link #MAX_LIMIT} items after the position a cursor names (none: the first page). */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }

    /** A request a client made: limit defaults to 20, 1 to 100 (else InvalidInputException on limit). */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
