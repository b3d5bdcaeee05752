package com.yumroad.catalog.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductContent;
import com.yumroad.catalog.content.Sizes;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.errors.TooLargeException;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.http.Flash;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.FormTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The creator's page for a product's cover and files. The two upload forms are multipart and streamed, so their
 * CSRF token travels in the form's action URL and is checked before a byte of the body is read; static
 * /assets/catalog/upload.js adds a progress bar (no inline script).
 */
@Controller("/products/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProductContentPages {

    private final Catalog catalog;
    private final ProductContent content;
    private final Flash flash;
    private final FormTokens forms;

    ProductContentPages(Catalog catalog, ProductContent content, Flash flash, FormTokens forms) {
        this.catalog = catalog;
        this.content = content;
        this.flash = flash;
        this.forms = forms;
    }

    @Get(value = "/content", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable long id, Authentication caller) {
        return page(mine(id, caller), null, FormErrors.none());
    }

    @Post(value = "/cover", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cover(@PathVariable long id, @QueryValue @Nullable String csrfToken, @Nullable @Part("alt") String alt,
                          StreamingFileUpload image, Authentication caller, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        Product product = mine(id, caller);
        try {
            content.changeCover(id, CurrentUser.id(caller), Uploads.stream(image, "cover"), alt);
        } catch (InvalidInputException e) {
            return refused(product, alt, HttpStatus.UNPROCESSABLE_ENTITY, e.errors());
        } catch (TooLargeException e) {
            return refused(product, alt, HttpStatus.REQUEST_ENTITY_TOO_LARGE, List.of(new FieldError("cover", e.getMessage())));
        }
        return flash.seeOther("/products/" + id + "/content", "The cover is updated.");
    }

    @Post(value = "/files", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addFile(@PathVariable long id, @QueryValue @Nullable String csrfToken, StreamingFileUpload file,
                            Authentication caller, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        Product product = mine(id, caller);
        try {
            Uploads.checkLength(request, content.maxFileSize(), "file", ProductFilesApi.readable(content.maxFileSize()));
            content.addFile(id, CurrentUser.id(caller), file.getFilename(),
                    Uploads.declaredType(file), Uploads.stream(file, "file"));
        } catch (InvalidInputException e) {
            return refused(product, null, HttpStatus.UNPROCESSABLE_ENTITY, e.errors());
        } catch (TooLargeException e) {
            return refused(product, null, HttpStatus.REQUEST_ENTITY_TOO_LARGE, List.of(new FieldError("file", e.getMessage())));
        }
        return flash.seeOther("/products/" + id + "/content", file.getFilename() + " is added.");
    }

    /** One form per file: rename (the name field), move (a position button) or remove (the remove button). */
    @Post(value = "/files/{fileId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changeFile(@PathVariable long id, @PathVariable long fileId, @Nullable String csrfToken,
                               @Nullable String name, @Nullable Integer position, @Nullable String remove,
                               Authentication caller, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        Product product = mine(id, caller);
        long user = CurrentUser.id(caller);
        try {
            if ("true".equals(remove)) {
                content.removeFile(id, fileId, user);
                return flash.seeOther("/products/" + id + "/content", "The file is removed.");
            }
            if (position != null) {
                content.moveFile(id, fileId, user, position);
                return flash.seeOther("/products/" + id + "/content", "The files are in their new order.");
            }
            content.renameFile(id, fileId, user, name);
        } catch (InvalidInputException e) {
            // beside the name field of the file being renamed, with what was typed
            ModelAndView<Map<String, Object>> page = page(product, null,
                    FormErrors.of(List.of(new FieldError("name", "A file name needs 1 to 255 characters"))));
            page.getModel().ifPresent(model -> {
                model.put("renamed", fileId);
                model.put("typedName", name);
            });
            return HttpResponse.unprocessableEntity().body(page);
        }
        return flash.seeOther("/products/" + id + "/content", "The file is renamed.");
    }

    private Product mine(long id, Authentication caller) {
        Product product = catalog.find(id).orElseThrow(() -> new NotFoundException("Product", id));
        if (product.creator().id() != CurrentUser.id(caller)) {
            throw new ForbiddenException("Only the product's creator may change it");
        }
        return product;
    }

    private HttpResponse<?> refused(Product product, String alt, HttpStatus status, List<FieldError> errors) {
        return HttpResponse.status(status).body(page(product, alt, FormErrors.of(errors)));
    }

    private ModelAndView<Map<String, Object>> page(Product product, String alt, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put("files", content.files(product.id()));
        model.put("alt", alt != null ? alt : product.cover() == null ? null : product.cover().alt());
        model.put("errors", errors);
        model.put("sizes", Sizes.INSTANCE);
        model.put("maxFileSize", Sizes.readable(content.maxFileSize()));
        return new ModelAndView<>("catalog/product-content", model);
    }
}
