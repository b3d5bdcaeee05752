package com.yumroad.catalog.web;

import com.yumroad.catalog.TagCount;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Tag", description = "A tag and how many products carry it")
record TagView(@Schema(example = "baking") String name, @Schema(example = "12") long productCount) {

    static TagView of(TagCount tag) {
        return new TagView(tag.name(), tag.productCount());
    }
}
