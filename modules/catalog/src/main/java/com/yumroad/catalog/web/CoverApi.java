package com.yumroad.catalog.web;

import com.yumroad.kernel.http.SiteLinks;
import io.micronaut.http.HttpRequest;
import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.ProductContent;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.kernel.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.StreamingFileUpload;
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

/** A product's cover image over JSON: its creator sets or removes it. */
@Controller("/api/v1/products/{id}/cover")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Products")
@SecurityRequirement(name = ProblemDocs.BEARER)
@Answers.Unauthorized @Answers.Forbidden @Answers.NotFound @Answers.ServerError
class CoverApi {

    private final Catalog catalog;
    private final ProductContent content;

    private final SiteLinks site;

    CoverApi(Catalog catalog, ProductContent content, SiteLinks site) {
        this.site = site;
        this.catalog = catalog;
        this.content = content;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "setProductCover", summary = "Set a product's cover image (its creator only)",
            description = "multipart/form-data: the image in the part `image` (JPEG, PNG or WebP, recognised from "
                    + "its bytes, not its name: anything else is 422 on `cover`), at most 15 MB and 40 megapixels, "
                    + "and an optional `alt` text (at most 300 characters; the product's name stands in when none). "
                    + "It is stored re-encoded at 320, 640 and 1280 pixels wide without its metadata.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = CoverUpload.class)))
    @ApiResponse(responseCode = "200", description = "The product with its new coverUrl",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @Answers.Body
    ProductView set(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                    @Parameter(hidden = true) @Part("alt") @Nullable String alt,
                    @Parameter(hidden = true) StreamingFileUpload image,
                    Authentication caller, HttpRequest<?> request) {
        content.changeCover(id, CurrentUser.id(caller), Uploads.stream(image, "cover"), alt);
        return ProductView.of(catalog.find(id).orElseThrow(() -> new NotFoundException("Product", id)),
                path -> site.absolute(request, path));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "deleteProductCover", summary = "Remove a product's cover image (its creator only)")
    @ApiResponse(responseCode = "204", description = "Removed (also when there was none)")
    @Answers.BadRequest
    void remove(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                Authentication caller) {
        content.removeCover(id, CurrentUser.id(caller));
    }

    /** The multipart body, for the OpenAPI document. */
    @Schema(name = "CoverUpload")
    record CoverUpload(
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String image,
            @Schema(example = "A stack of pancakes on a blue plate") String alt) {
    }
}
