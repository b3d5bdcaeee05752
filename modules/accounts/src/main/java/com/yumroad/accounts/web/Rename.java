package com.yumroad.accounts.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record Rename(@Nullable String name) {
}
