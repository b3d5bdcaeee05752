package com.yumroad.kernel.db.migration;

import io.micronaut.serde.annotation.Serdeable;

/** Something wrong with one module's migration file or history row. */
@Serdeable
public record ValidationProblem(String module, String migration, String problem) {

    @Override
    public String toString() {
        return module + " " + migration + ": " + problem;
    }
}
