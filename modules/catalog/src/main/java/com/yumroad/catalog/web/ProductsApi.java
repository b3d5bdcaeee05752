package com.yumroad.catalog.web;

import com.yumroad.kernel.http.SiteLinks;
import com.yumroad.kernel.security.scopes.PublicApi;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.ProductQuery;
import com.yumroad.catalog.internal.ProductLists;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.paging.PageRequest;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
@Answers.ServerError
class ProductsApi {

    private final Catalog catalog;
    private final ProductContent content;

    private final SiteLinks site;
    private final ListAnswers answers;

    ProductsApi(Catalog catalog, ProductContent content, SiteLinks site, ListAnswers answers) {
        this.site = site;
        this.answers = answers;
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
    @Answers.Body @Answers.Unauthorized @Answers.NotFound @Answers.Conflict @Answers.TooManyRequests
    HttpResponse<ProductView> create(@Body NewProductBody body, Authentication caller, HttpRequest<?> request) {
        Product product = catalog.create(CurrentUser.id(caller),
                new NewProduct(body.name(), body.description(), body.priceCents(), body.tags(),
                        body.payWhatYouWant()));
        return HttpResponse.created(ProductView.of(product, links(request)), URI.create("/api/v1/products/" + product.id()));
    }

    @Get("{?creator,store,tag,q,limit,cursor}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "listProducts", summary = "List products, newest first, or search them",
            description = "Filters combine; an unknown creator, store or tag gives an empty page. With `q`, only "
                    + "the products that match it, best match first (name and tags count more than the "
                    + "description), then newest.")
    @ApiResponse(responseCode = "200", description = "One page of products",
            content = @Content(schema = @Schema(implementation = ProductPage.class)))
    @Answers.BadRequest @Answers.Unprocessable
    HttpResponse<?> list(@QueryValue @Nullable @Parameter(description = "Only this user's products", example = "3")
                     Long creator,
                     @QueryValue @Nullable @Parameter(description = "Only this store's products", example = "7")
                     Long store,
                     @QueryValue @Nullable @Parameter(description = "Only products with this tag", example = "baking")
                     String tag,
                     @QueryValue @Nullable @Parameter(description = "Words to search for in names, tags and "
                             + "descriptions, as in a web search: `\"oil paint\"` for a phrase, `-free` to leave "
                             + "a word out, `or` between alternatives; 1 to 200 characters", example = "watercolor brushes")
                     String q,
                     @QueryValue @Nullable @Parameter(description = Paging.LIMIT, example = "20",
                             schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
                     Integer limit,
                     @QueryValue @Nullable @Parameter(description = Paging.CURSOR) String cursor,
                     HttpRequest<?> request) {
        PageRequest page = PageRequest.of(limit, cursor);
        ProductQuery query = new ProductQuery(creator, store, tag, q);
        if (tag == null && q == null && (store != null || creator != null)) {
            // a store's or a creator's newest products: remembered until one of them changes
            String scope = store != null ? ProductLists.ofStore(store) : ProductLists.ofCreator(creator);
            return answers.answer(scope, "products?creator=" + creator + "&store=" + store, page, request,
                    () -> catalog.list(query, page));
        }
        return HttpResponse.ok(ProductPage.of(catalog.list(query, page), links(request)));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @PublicApi
    @Operation(operationId = "getProduct", summary = "Read a product")
    @ApiResponse(responseCode = "200", description = "The product; with its files when the caller is its creator",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @Answers.BadRequest @Answers.NotFound
    ProductView find(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                     @Nullable Authentication caller, HttpRequest<?> request) {
        Product product = catalog.find(id).orElseThrow(() -> new NotFoundException("Product", id));
        boolean creator = caller != null && CurrentUser.id(caller) == product.creator().id();
        return ProductView.of(product, creator ? content.files(id) : null, links(request));
    }

    @Patch("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "changeProduct", summary = "Change a product (its creator only)",
            description = "Fields left out or null stay as they are; `tags` replaces every tag when given.",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The product, changed",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @Answers.Body @Answers.Unauthorized @Answers.Forbidden @Answers.NotFound @Answers.Conflict @Answers.TooManyRequests
    ProductView change(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                       @Body ProductEdit body, Authentication caller, HttpRequest<?> request) {
        return ProductView.of(catalog.change(id, CurrentUser.id(caller),
                new ProductChanges(body.name(), body.description(), body.priceCents(), body.tags(),
                        body.payWhatYouWant())), links(request));
    }

    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProduct", summary = "Remove a product (its creator only)",
            security = @SecurityRequirement(name = ProblemDocs.BEARER))
    @ApiResponse(responseCode = "204", description = "Removed")
    @Answers.BadRequest @Answers.Unauthorized @Answers.Forbidden @Answers.NotFound @Answers.Conflict
    void remove(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                Authentication caller) {
        catalog.remove(id, CurrentUser.id(caller));
    }

    private java.util.function.UnaryOperator<String> links(HttpRequest<?> request) {
        return path -> site.absolute(request, path);
    }
}
