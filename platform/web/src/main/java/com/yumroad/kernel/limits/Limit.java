package com.yumroad.kernel.limits;

import java.time.Duration;

/**
 * A limit on attempts: {@code attempts} per {@code period} for one subject (an email, a client address, a user),
 * coming back evenly over the period. {@code name} keeps different limits' buckets apart.
 */
public record Limit(String name, int attempts, Duration period) {

    public Limit {
        if (attempts < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt in a positive period: " + name);
        }
    }
}
