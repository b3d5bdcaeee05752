package com.yumroad.delivery.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.catalog.Product;
import com.yumroad.delivery.Downloads;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import com.yumroad.kernel.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** The seller's form for the download cap of a product (the web twin of {@code PUT .../download-limit}). */
@Controller("/products/{id}/download-limit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class DownloadLimitPage {

    private static final String FIELD = "maxDownloads";

    private final Catalog catalog;
    private final Downloads downloads;
    private final Forms forms;

    DownloadLimitPage(Catalog catalog, Downloads downloads, Forms forms) {
        this.catalog = catalog;
        this.downloads = downloads;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable long id, Authentication caller) {
        Product product = mine(id, caller);
        var limit = downloads.limitOf(id);
        return page(product, limit.isPresent() ? String.valueOf(limit.getAsInt()) : "", FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(@PathVariable long id, @Nullable String csrfToken, @Nullable String maxDownloads,
                           Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        Product product = mine(id, caller);
        String typed = maxDownloads == null ? "" : maxDownloads.strip();
        return form.answer(() -> {
            Integer cap = typed.isEmpty() ? null : parse(typed);
            downloads.limit(id, CurrentUser.id(caller), cap);
            return form.done("/products/" + id + "/content", cap == null
                    ? "Buyers may download the files as often as they like."
                    : "Each order may download the files " + cap + (cap == 1 ? " time." : " times."));
        }, errors -> page(product, typed, Map.of(FIELD, "A whole number from 1 to 1000, or empty for no cap")));
    }

    private static int parse(String typed) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FIELD, "Not a whole number");
        }
    }

    private Product mine(long id, Authentication caller) {
        Product product = catalog.find(id).orElseThrow(() -> new NotFoundException("Product", id));
        if (product.creator().id() != CurrentUser.id(caller)) {
            throw new ForbiddenException("Only the product's creator may change it");
        }
        return product;
    }

    private static ModelAndView<Map<String, Object>> page(Product product, String typed, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put(FIELD, typed);
        model.put("errors", errors);
        return new ModelAndView<>("delivery/download-limit", model);
    }
}
