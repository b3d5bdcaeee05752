package com.yumroad.catalog.web;

import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.catalog.Catalog;
import com.yumroad.kernel.http.ProblemDocs;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1/tags")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicApi
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
class TagsApi {

    private final Catalog catalog;

    TagsApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(operationId = "listTags", summary = "Every tag products carry, most used first",
            description = "Not paged: tags are few (each product carries at most 10).")
    @ApiResponse(responseCode = "200", description = "The tags with their product counts",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TagView.class))))
    @ApiResponse(responseCode = "500", ref = ProblemDocs.SERVER_ERROR)
    List<TagView> tags() {
        return catalog.tags().stream().map(TagView::of).toList();
    }
}
