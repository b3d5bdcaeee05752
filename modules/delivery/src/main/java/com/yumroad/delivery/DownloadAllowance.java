package com.yumroad.delivery;

import io.micronaut.core.annotation.Nullable;

/** Downloads an order has used, and the most it may make ({@code null}: no cap). */
public record DownloadAllowance(int used, @Nullable Integer max) {

    public boolean exhausted() {
        return max != null && used >= max;
    }
}
