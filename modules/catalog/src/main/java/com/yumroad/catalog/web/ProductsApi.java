package com.yumroad.catalog.web;

import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.ProblemDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
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

/** Products over JSON. Creators publish into their own store; only a product's creator changes or removes it. */
@Controller("/api/v1/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
@ApiResponse(responseCode = "500", ref = ProblemDocs.SERVER_ERROR)
class ProductsApi {

    private final Catalog catalog;
    private final ProductContent content;

    ProductsApi(Catalog catalog, ProductContent content) {
        this.catalog = catalog;
        this.content = content;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "createProduct", summary = "Publish a product in the caller's store",
            description = "The creator is the caller and the store is the caller's (422 on `store` without one).",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "201", description = "The product, published; Location names it",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ProblemDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ProblemDocs.CONFLICT)
    @ApiResponse(responseCode = "413", ref = ProblemDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ProblemDocs.UNSUPPORTED_MEDIA_TYPE)
    @ApiResponse(responseCode = "422", ref = ProblemDocs.UNPROCESSABLE)
    @ApiResponse(responseCode = "429", ref = ProblemDocs.TOO_MANY_REQUESTS)
    HttpResponse<ProductView> create(@Body NewProductBody body, Authentication caller) {
        Product product = catalog.create(CurrentUser.id(caller),
                new NewProduct(body.name(), body.description(), body.priceCents(), body.tags(),
                        body.payWhatYouWant()));
        return HttpResponse.created(ProductView.of(product), URI.create("/api/v1/products/" + product.id()));
    }

    @Get("{?creator,store,tag,limit,cursor}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "listProducts", summary = "List products, newest first",
            description = "Filters combine; an unknown creator, store or tag gives an empty page.")
    @ApiResponse(responseCode = "200", description = "One page of products",
            content = @Content(schema = @Schema(implementation = ProductPage.class)))
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "422", ref = ProblemDocs.UNPROCESSABLE)
    ProductPage list(@QueryValue @Nullable @Parameter(description = "Only this user's products", example = "3")
                     Long creator,
                     @QueryValue @Nullable @Parameter(description = "Only this store's products", example = "7")
                     Long store,
                     @QueryValue @Nullable @Parameter(description = "Only products with this tag", example = "baking")
                     String tag,
                     @QueryValue @Nullable @Parameter(description = Paging.LIMIT, example = "20",
                             schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                     Integer limit,
                     @QueryValue @Nullable @Parameter(description = Paging.CURSOR) String cursor) {
        return ProductPage.of(catalog.list(new ProductQuery(creator, store, tag), PageRequest.of(limit, cursor)));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "getProduct", summary = "Read a product")
    @ApiResponse(responseCode = "200", description = "The product; with its files when the caller is its creator",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)
    ProductView find(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                     @Nullable Authentication caller) {
        Product product = catalog.find(id).orElseThrow(() -> new NotFoundException("Product", id));
        boolean creator = caller != null && CurrentUser.id(caller) == product.creator().id();
        return ProductView.of(product, creator ? content.files(id) : null);
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "changeProduct", summary = "Change a product (its creator only)",
            description = "Fields left out or null stay as they are; `tags` replaces every tag when given.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The product, changed",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ProblemDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", ref = ProblemDocs.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ProblemDocs.CONFLICT)
    @ApiResponse(responseCode = "413", ref = ProblemDocs.PAYLOAD_TOO_LARGE)
    @ApiResponse(responseCode = "415", ref = ProblemDocs.UNSUPPORTED_MEDIA_TYPE)
    @ApiResponse(responseCode = "422", ref = ProblemDocs.UNPROCESSABLE)
    @ApiResponse(responseCode = "429", ref = ProblemDocs.TOO_MANY_REQUESTS)
    ProductView change(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                       @Body ProductEdit body, Authentication caller) {
        return ProductView.of(catalog.change(id, CurrentUser.id(caller),
                new ProductChanges(body.name(), body.description(), body.priceCents(), body.tags(),
                        body.payWhatYouWant())));
    }

    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProduct", summary = "Remove a product (its creator only)",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "400", ref = ProblemDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", ref = ProblemDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", ref = ProblemDocs.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ProblemDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ProblemDocs.CONFLICT)
    void remove(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                Authentication caller) {
        catalog.remove(id, CurrentUser.id(caller));
    }
}
