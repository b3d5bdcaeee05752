package com.yumroad.site.web;

import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.http.SiteLinks;
import com.yumroad.kernel.paging.Page;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.catalog.Catalog;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Stores over JSON: open one, list them or find one by its address, read any, change your own. A store answers with
 * its product count, which catalog keeps: one statement more than the store itself, for any number of stores.
 */
@Controller("/api/v1/stores")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stores")
@Answers.ServerError
class StoresApi {

    static final String LIMIT = "Items per page, 1 to 100 (default 20); outside that range answers 422";
    static final String CURSOR = "The `nextCursor` of the previous page, unchanged, with the same filters; "
            + "a garbled or foreign cursor answers 400";

    private final Storefront storefront;
    private final Catalog catalog;
    private final SiteLinks site;

    StoresApi(Storefront storefront, Catalog catalog, SiteLinks site) {
        this.storefront = storefront;
        this.catalog = catalog;
        this.site = site;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "openStore", summary = "Open the caller's store",
            description = "Each user owns at most one store.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "201", description = "The store, opened; Location names it",
            content = @Content(schema = @Schema(implementation = StoreView.class)))
    // 404: an account deleted while its token lives
    @Answers.Body @Answers.Unauthorized @Answers.NotFound @Answers.Conflict
    HttpResponse<StoreView> open(@Body OpenStore body, Authentication caller, HttpRequest<?> request) {
        Store store = storefront.open(CurrentUser.id(caller), new NewStore(body.name(), body.description()));
        // a store just opened holds no products
        return HttpResponse.created(StoreView.of(store, 0, links(request)), URI.create("/api/v1/stores/" + store.id()));
    }

    @Get("{?slug,limit,cursor}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "listStores", summary = "List stores, newest first, or find one by its address",
            description = "Every store, a page at a time. With `slug` (the store's address, as in `/s/{slug}`), "
                    + "only that store: a page of one, or an empty page when no store has it.")
    @ApiResponse(responseCode = "200", description = "One page of stores",
            content = @Content(schema = @Schema(implementation = StoreListView.class)))
    @Answers.BadRequest @Answers.Unprocessable
    StoreListView list(@QueryValue @Nullable @Parameter(description = "Only the store at this address: 1 to 80 "
                           + "lower-case letters, digits and single hyphens (else 422)", example = "ada-s-recipes")
                   String slug,
                   @QueryValue @Nullable @Parameter(description = LIMIT, example = "20",
                           schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                   Integer limit,
                   @QueryValue @Nullable @Parameter(description = CURSOR) String cursor,
                   HttpRequest<?> request) {
        Page<Store> page = storefront.list(slug, PageRequest.of(limit, cursor));
        return StoreListView.of(page, catalog.productCounts(page.items().stream().map(Store::id).toList()),
                links(request));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "getStore", summary = "Read a store")
    @ApiResponse(responseCode = "200", description = "The store",
            content = @Content(schema = @Schema(implementation = StoreView.class)))
    @Answers.BadRequest @Answers.NotFound
    StoreView find(@PathVariable @Parameter(description = "The store's id", example = "7") long id,
                   HttpRequest<?> request) {
        return counted(storefront.find(id).orElseThrow(() -> new NotFoundException("Store", id)), request);
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "changeStore", summary = "Change a store (its owner only)",
            description = "Fields left out or null stay as they are.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The store, changed",
            content = @Content(schema = @Schema(implementation = StoreView.class)))
    @Answers.Body @Answers.Unauthorized @Answers.Forbidden @Answers.NotFound
    StoreView change(@PathVariable @Parameter(description = "The store's id", example = "7") long id,
                     @Body StoreEdit body, Authentication caller, HttpRequest<?> request) {
        return counted(storefront.change(id, CurrentUser.id(caller), new StoreChanges(body.name(), body.description())),
                request);
    }

    private StoreView counted(Store store, HttpRequest<?> request) {
        return StoreView.of(store, catalog.productCounts(List.of(store.id())).getOrDefault(store.id(), 0),
                links(request));
    }

    private UnaryOperator<String> links(HttpRequest<?> request) {
        return path -> site.absolute(request, path);
    }
}
