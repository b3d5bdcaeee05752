package com.yumroad.catalog.web;

import io.micronaut.http.HttpRequest;
import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.accounts.Accounts;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.catalog.internal.ProductLists;
import io.micronaut.http.HttpResponse;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.http.Answers;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A store's and a user's products. Unlike the {@code ?store=} and {@code ?creator=} filters, these name a resource,
 * so an unknown store or user answers 404 rather than an empty page (one statement more, whatever the page size).
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicApi
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
@Answers.ServerError
class ProductListsApi {

    private final Catalog catalog;
    private final Storefront storefront;
    private final Accounts accounts;

    private final ListAnswers answers;

    ProductListsApi(Catalog catalog, Storefront storefront, Accounts accounts, ListAnswers answers) {
        this.answers = answers;
        this.catalog = catalog;
        this.storefront = storefront;
        this.accounts = accounts;
    }

    @Get("/stores/{id}/products{?limit,cursor}")
    @Operation(operationId = "listStoreProducts", summary = "A store's products, newest first")
    @ApiResponse(responseCode = "200", description = "One page of the store's products",
            content = @Content(schema = @Schema(implementation = ProductPage.class)))
    @Answers.BadRequest @Answers.NotFound @Answers.Unprocessable
    HttpResponse<?> ofStore(@PathVariable @Parameter(description = "The store's id", example = "7") long id,
                        @QueryValue @Nullable @Parameter(description = Paging.LIMIT, example = "20",
                                schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                        Integer limit,
                        @QueryValue @Nullable @Parameter(description = Paging.CURSOR) String cursor,
                        HttpRequest<?> request) {
        PageRequest page = PageRequest.of(limit, cursor);
        // a remembered page has products, so its store is open: a store closes with its products
        return answers.answer(ProductLists.ofStore(id), "stores/products", page, request, () -> {
            if (storefront.find(id).isEmpty()) {
                throw new NotFoundException("Store", id);
            }
            return catalog.list(ProductQuery.inStore(id), page);
        });
    }

    @Get("/users/{id}/products{?limit,cursor}")
    @Operation(operationId = "listUserProducts", summary = "The products a user created, newest first")
    @ApiResponse(responseCode = "200", description = "One page of the user's products",
            content = @Content(schema = @Schema(implementation = ProductPage.class)))
    @Answers.BadRequest @Answers.NotFound @Answers.Unprocessable
    HttpResponse<?> ofCreator(@PathVariable @Parameter(description = "The user's id", example = "3") long id,
                          @QueryValue @Nullable @Parameter(description = Paging.LIMIT, example = "20",
                                  schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                          Integer limit,
                          @QueryValue @Nullable @Parameter(description = Paging.CURSOR) String cursor,
                          HttpRequest<?> request) {
        PageRequest page = PageRequest.of(limit, cursor);
        // a remembered page has products, so its creator is there: a user's products go with the user
        return answers.answer(ProductLists.ofCreator(id), "users/products", page, request, () -> {
            if (accounts.find(id).isEmpty()) {
                throw new NotFoundException("User", id);
            }
            return catalog.list(ProductQuery.byCreator(id), page);
        });
    }
}
