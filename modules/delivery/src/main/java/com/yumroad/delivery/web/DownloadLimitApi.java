package com.yumroad.delivery.web;

import com.yumroad.delivery.Downloads;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The seller's cap on downloads per order of a product (Gumroad's download limit). */
@Controller("/api/v1/products/{id}/download-limit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Products")
class DownloadLimitApi {

    private final Downloads downloads;

    DownloadLimitApi(Downloads downloads) {
        this.downloads = downloads;
    }

    @Put
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "setDownloadLimit", summary = "Cap the downloads of each order of a product (its creator only)",
            description = "`maxDownloads` 1 to 1000, or null for no cap. Every download that starts at the first byte "
                    + "counts; resuming one with a Range does not. A capped order's links answer 403 once it is used up.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The cap now in force",
            content = @Content(schema = @Schema(implementation = DownloadLimit.class)))
    @Answers.Body @Answers.Unauthorized @Answers.Forbidden @Answers.NotFound @Answers.ServerError
    DownloadLimit set(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                      @Body DownloadLimit body, Authentication caller) {
        downloads.limit(id, CurrentUser.id(caller), body.maxDownloads());
        return body;
    }

    @Serdeable
    @Schema(name = "DownloadLimit")
    record DownloadLimit(@Schema(example = "5", nullable = true, requiredMode = Schema.RequiredMode.REQUIRED,
            description = "Downloads per order, 1 to 1000; null: no cap") @Nullable Integer maxDownloads) {
    }
}
