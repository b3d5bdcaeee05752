package com.yumroad.site.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Rename")
record Rename(@Schema(example = "Ada Lovelace") @Nullable String name) {
}
