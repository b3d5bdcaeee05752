package com.yumroad.kernel.limits;

import io.github.bucket4j.Bucket;

import java.util.List;

/** Attempts taken from one or more buckets; {@link #succeeded()} gives them back, so only failures count. */
public final class Attempt {

    private final List<Bucket> taken;

    Attempt(List<Bucket> taken) {
        this.taken = List.copyOf(taken);
    }

    public void succeeded() {
        taken.forEach(bucket -> bucket.addTokens(1));
    }
}
