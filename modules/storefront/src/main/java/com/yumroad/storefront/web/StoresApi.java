package com.yumroad.storefront.web;

import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** Stores over JSON: open one, read any, change your own. */
@Controller("/api/v1/stores")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stores")
@ApiResponse(responseCode = "500", ref = ProblemDocs.SERVER_ERROR)
class StoresApi {

    private final Storefront storefront;

    StoresApi(Storefront storefront) {
        this.storefront = storefront;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "openStore", summary = "Open the caller's store",
            description = "Each user owns at most one store.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "201", description = "The store, opened; Location names it",
            content = @Content(schema = @Schema(implementation = StoreView.class)))
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ProblemDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND) // an account deleted while its token lives
    @ApiResponse(responseCode = "409", ref = ProblemDocs.CONFLICT)
    @ApiResponse(responseCode = "413", ref = ProblemDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ProblemDocs.UNSUPPORTED_MEDIA_TYPE)
    @ApiResponse(responseCode = "422", ref = ProblemDocs.UNPROCESSABLE)
    HttpResponse<StoreView> open(@Body OpenStore body, Authentication caller) {
        Store store = storefront.open(CurrentUser.id(caller), new NewStore(body.name(), body.description()));
        return HttpResponse.created(StoreView.of(store), URI.create("/api/v1/stores/" + store.id()));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "getStore", summary = "Read a store")
    @ApiResponse(responseCode = "200", description = "The store",
            content = @Content(schema = @Schema(implementation = StoreView.class)))
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)
    StoreView find(@PathVariable @Parameter(description = "The store's id", example = "7") long id) {
        return StoreView.of(storefront.find(id).orElseThrow(() -> new NotFoundException("Store", id)));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "changeStore", summary = "Change a store (its owner only)",
            description = "Fields left out or null stay as they are.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The store, changed",
            content = @Content(schema = @Schema(implementation = StoreView.class)))
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ProblemDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", ref = ProblemDocs.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "413", ref = ProblemDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ProblemDocs.UNSUPPORTED_MEDIA_TYPE)
    @ApiResponse(responseCode = "422", ref = ProblemDocs.UNPROCESSABLE)
    StoreView change(@PathVariable @Parameter(description = "The store's id", example = "7") long id,
                     @Body StoreEdit body, Authentication caller) {
        return StoreView.of(storefront.change(id, CurrentUser.id(caller),
                new StoreChanges(body.name(), body.description())));
    }
}
