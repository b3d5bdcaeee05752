package com.yumroad.catalog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.catalog.TagCount;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // empty lists, empty strings and nulls are answered too
@Schema(name = "Tag", description = "A tag and how many products carry it")
record TagView(
        @Schema(requiredMode = REQUIRED, example = "baking") String name,
        @Schema(requiredMode = REQUIRED, example = "12") long productCount) {

    static TagView of(TagCount tag) {
        return new TagView(tag.name(), tag.productCount());
    }
}
