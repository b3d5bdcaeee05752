package com.yumroad.activity.web;

import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.yumroad.activity.Activity;
import com.yumroad.activity.StoreActivity;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** GET /api/v1/stores/{id}/activity: the store's activity feed, for its owner only. */
@Controller("/api/v1/stores/{storeId}/activity")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stores")
@Answers.ServerError
class ActivityApi {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActivityPage(List<Activity> items, @Nullable String nextCursor) {
    }

    private final StoreActivity activity;

    ActivityApi(StoreActivity activity) {
        this.activity = activity;
    }

    @Get("{?limit,cursor}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.READ)
    @Operation(operationId = "listStoreActivity", summary = "A store's activity, newest first (its owner only)",
            description = "What happened to the store and its products: store_opened, store_renamed, "
                    + "product_published, product_updated, product_removed, sale_completed, sale_refunded. Entries "
                    + "are written after the change commits, so one may trail its change by a moment.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "One page of the store's activity",
            content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    @Answers.BadRequest @Answers.Unauthorized @Answers.Forbidden @Answers.NotFound @Answers.Unprocessable
    ActivityPage activity(@PathVariable @Parameter(description = "The store's id", example = "7") long storeId,
                          @Nullable @QueryValue @Parameter(description = "How many entries, 1 to 100", example = "20",
                                  schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20")) Integer limit,
                          @Nullable @QueryValue @Parameter(description = "nextCursor of the previous page") String cursor,
                          Authentication caller) {
        Page<Activity> page = activity.of(storeId, CurrentUser.id(caller), PageRequest.of(limit, cursor));
        return new ActivityPage(page.items(), page.nextCursor());
    }
}
