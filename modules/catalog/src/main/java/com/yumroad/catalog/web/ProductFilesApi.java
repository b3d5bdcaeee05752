package com.yumroad.catalog.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.content.Sizes;
import com.yumroad.catalog.ProductFile;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.http.Answers;
import com.yumroad.kernel.http.ProblemDocs;
import com.yumroad.kernel.security.scopes.RequiresScope;
import com.yumroad.kernel.security.scopes.Scope;
import com.yumroad.kernel.security.CurrentUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** A product's files over JSON: its creator uploads (streamed, multipart), lists, renames, reorders and removes them. */
@Controller("/api/v1/products/{id}/files")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Products")
@SecurityRequirement(name = ProblemDocs.BEARER)
@Answers.Unauthorized @Answers.Forbidden @Answers.NotFound @Answers.ServerError
class ProductFilesApi {

    private final Catalog catalog;
    private final ProductContent content;

    ProductFilesApi(Catalog catalog, ProductContent content) {
        this.catalog = catalog;
        this.content = content;
    }

    @Get
    @RequiresScope(Scope.READ)
    @Operation(operationId = "listProductFiles", summary = "List a product's files in order (its creator only)")
    @ApiResponse(responseCode = "200", description = "The files, in the order buyers see them",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProductFileView.class))))
    @Answers.BadRequest
    List<ProductFileView> list(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                               Authentication caller) {
        mine(id, caller);
        return content.files(id).stream().map(ProductFileView::of).toList();
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "addProductFile", summary = "Upload a file to a product (its creator only)",
            description = "multipart/form-data with the file in the part `file`; its file name is the name buyers see. "
                    + "Streamed to storage; at most 2 GB by default (`yumroad.content.max-file-size`): a request whose "
                    + "Content-Length is larger is refused with 413 before its body is read, and a longer stream is "
                    + "cut off with 413 and nothing kept. The file goes to the end of the list.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = FileUpload.class)))
    @ApiResponse(responseCode = "201", description = "The file, stored; Location names it",
            content = @Content(schema = @Schema(implementation = ProductFileView.class)))
    @Answers.Body
    HttpResponse<ProductFileView> add(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                                      @Parameter(hidden = true) StreamingFileUpload file,
                                      Authentication caller, HttpRequest<?> request) {
        mine(id, caller);
        Uploads.checkLength(request, content.maxFileSize(), "file", readable(content.maxFileSize()));
        ProductFile added = content.addFile(id, CurrentUser.id(caller), file.getFilename(),
                Uploads.declaredType(file), Uploads.stream(file, "file"));
        return HttpResponse.created(ProductFileView.of(added),
                URI.create("/api/v1/products/" + id + "/files/" + added.id()));
    }

    @Patch("/{fileId}")
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "changeProductFile", summary = "Rename or move a file (its creator only)")
    @ApiResponse(responseCode = "200", description = "The file, changed",
            content = @Content(schema = @Schema(implementation = ProductFileView.class)))
    @Answers.Body
    ProductFileView change(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                           @PathVariable @Parameter(description = "The file's id", example = "9") long fileId,
                           @Body ProductFileEdit body, Authentication caller) {
        mine(id, caller);
        long user = CurrentUser.id(caller);
        ProductFile file = body.name() == null ? existing(id, fileId) : content.renameFile(id, fileId, user, body.name());
        if (body.position() != null) {
            file = content.moveFile(id, fileId, user, body.position()).stream()
                    .filter(f -> f.id() == fileId).findFirst().orElseThrow();
        }
        return ProductFileView.of(file);
    }

    @Delete("/{fileId}")
    @Status(HttpStatus.NO_CONTENT)
    @RequiresScope(Scope.WRITE_PRODUCTS)
    @Operation(operationId = "deleteProductFile", summary = "Remove a file (its creator only)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @Answers.BadRequest
    void remove(@PathVariable @Parameter(description = "The product's id", example = "42") long id,
                @PathVariable @Parameter(description = "The file's id", example = "9") long fileId,
                Authentication caller) {
        mine(id, caller);
        content.removeFile(id, fileId, CurrentUser.id(caller));
    }

    private ProductFile existing(long productId, long fileId) {
        return content.file(fileId).filter(f -> f.productId() == productId)
                .orElseThrow(() -> new NotFoundException("File", fileId));
    }

    private void mine(long productId, Authentication caller) {
        if (catalog.find(productId).orElseThrow(() -> new NotFoundException("Product", productId))
                .creator().id() != CurrentUser.id(caller)) {
            throw new ForbiddenException("Only the product's creator may see or change its files");
        }
    }

    static String readable(long bytes) {
        return Sizes.readable(bytes);
    }

    /** The multipart body, for the OpenAPI document. */
    @Schema(name = "FileUpload")
    record FileUpload(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }
}
