package com.yumroad.catalog.web;

import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.catalog.Catalog;
import com.yumroad.kernel.http.Answers;
import com.yumroad.catalog.TagCount;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.paging.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/**
 * The tags in use. The answer stays the array the contract promised; paging was added compatibly: {@code limit}
 * (default {@value #DEFAULT_LIMIT}, large enough for every client that knew an unpaged list) and {@code cursor},
 * with the next page named in a {@code Link: <...>; rel="next"} header (RFC 8288).
 */
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

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 1000;

    @Get("{?limit,cursor}")
    @Operation(operationId = "listTags", summary = "The tags products carry, most used first, then by name",
            description = "Paged compatibly: the body is the array of tags; when more follow, the `Link` header "
                    + "names the next page (`rel=\"next\"`).")
    @ApiResponse(responseCode = "200", description = "The tags with their product counts",
            headers = @Header(name = "Link", description = "`<...>; rel=\"next\"` when more tags follow",
                    schema = @Schema(type = "string")),
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TagView.class))))
    @Answers.BadRequest @Answers.Unprocessable @Answers.ServerError
    HttpResponse<List<TagView>> tags(
            @QueryValue @Nullable @Parameter(description = "Tags per page, 1 to 1000 (default 1000); outside that "
                    + "range answers 422", example = "100",
                    schema = @Schema(minimum = "1", maximum = "1000", defaultValue = "1000")) Integer limit,
            @QueryValue @Nullable @Parameter(description = "The cursor of the `Link` header's next page, unchanged; "
                    + "a garbled or foreign cursor answers 400") String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        Page<TagCount> page = catalog.tags(size, cursor == null || cursor.isBlank() ? null : cursor);
        MutableHttpResponse<List<TagView>> answer = HttpResponse.ok(page.items().stream().map(TagView::of).toList());
        if (page.nextCursor() != null) {
            answer.header(HttpHeaders.LINK, "</api/v1/tags?limit=" + size + "&cursor=" + page.nextCursor()
                    + ">; rel=\"next\"");
        }
        return answer;
    }
}
