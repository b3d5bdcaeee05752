package com.yumroad.catalog.web;

import com.yumroad.catalog.Catalog;
import com.yumroad.storefront.Storefront;
import com.yumroad.catalog.NewProduct;
import com.yumroad.catalog.Product;
import com.yumroad.catalog.ProductChanges;
import com.yumroad.catalog.TagCount;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.SharePreview;
import com.yumroad.kernel.http.SharedPages;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A product's public page, and its creator's pages to add, edit and delete it. Only the creator sees the edit
 * controls; the edit and delete routes refuse anyone else (403) whatever the browser sends, and catalog checks
 * again when it writes.
 */
@Controller("/products")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProductPages {

    private static final Map<String, String> FORM_FIELDS = Map.of("priceCents", Money.FIELD);
    private static final int SUGGESTED_TAGS = 30;

    private final Catalog catalog;
    private final Forms forms;
    private final SharePreviews previews;
    private final Storefront storefront;
    private final SharedPages shared;
    private final KeptProductPages kept;

    ProductPages(Catalog catalog, Forms forms, SharePreviews previews, Storefront storefront, SharedPages shared,
                 KeptProductPages kept) {
        this.shared = shared;
        this.kept = kept;
        this.storefront = storefront;
        this.catalog = catalog;
        this.forms = forms;
        this.previews = previews;
    }

    /**
     * An anonymous visitor gets the page as it was last rendered for one (no statement and no template when catalog
     * remembers the product), see {@link KeptProductPages}; a logged-in viewer gets it rendered for them.
     */
    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> show(@PathVariable long id, @Nullable Authentication caller, HttpRequest<?> request) {
        Product product = existing(id);
        if (caller == null && shared.shared(request)) {
            String base = shared.base(request);
            byte[] page = kept.find(product, base);
            if (page != null) {
                return shared.answer(page);
            }
            shared.keepWhenRendered(request, kept.keeper(product, base));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put("mine", product.creator().id() == Viewer.id(caller));
        model.put("money", Money.INSTANCE);
        model.put(SharePreview.MODEL_KEY, previews.product(request, product));
        return HttpResponse.ok(new ModelAndView<>("catalog/product", model));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ModelAndView<Map<String, Object>> newForm(Authentication caller) {
        ModelAndView<Map<String, Object>> page = formPage(null, ProductForm.empty(), FormErrors.none());
        if (storefront.ofOwner(CurrentUser.id(caller)).isEmpty()) {
            // told before typing anything: a product is sold from a store, and this account has none yet
            page.getModel().orElseThrow().put("noStore", true);
        }
        return page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> create(@Nullable String csrfToken, @Nullable String name, @Nullable String description, @Nullable String price,
                           @Nullable String tags, @Nullable String payWhatYouWant, Authentication caller,
                           HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken).renaming(FORM_FIELDS);
        ProductForm typed = new ProductForm(name, description, price, tags, payWhatYouWant != null);
        return form.answer(() -> {
            Product created = catalog.create(CurrentUser.id(caller), checked(typed));
            return form.done("/products/" + created.id(), created.name() + " is published.");
        }, errors -> formPage(null, typed, errors));
    }

    @Get(value = "/{id}/edit", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ModelAndView<Map<String, Object>> editForm(@PathVariable long id, Authentication caller) {
        Product product = mine(id, caller);
        return formPage(product, ProductForm.of(product), FormErrors.none());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> update(@Nullable String csrfToken, @PathVariable long id, @Nullable String name, @Nullable String description,
                           @Nullable String price, @Nullable String tags, @Nullable String payWhatYouWant,
                           Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken).renaming(FORM_FIELDS);
        Product product = mine(id, caller);
        ProductForm typed = new ProductForm(name, description, price, tags, payWhatYouWant != null);
        return form.answer(() -> {
            NewProduct valid = checked(typed);
            catalog.change(id, CurrentUser.id(caller),
                    new ProductChanges(valid.name(), valid.description(), valid.priceCents(), valid.tags(),
                            valid.payWhatYouWant()));
            return form.done("/products/" + id, "Your changes are saved.");
        }, errors -> formPage(product, typed, errors));
    }

    @Get(value = "/{id}/delete", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ModelAndView<Map<String, Object>> confirmDeletion(@PathVariable long id, Authentication caller) {
        return new ModelAndView<>("catalog/product-delete", new HashMap<>(Map.of("product", mine(id, caller))));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> delete(@Nullable String csrfToken, @PathVariable long id, Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        Product product = existing(id);
        catalog.remove(id, CurrentUser.id(caller));
        return form.done("/dashboard", product.name() + " is deleted.");
    }

    /** The form as catalog takes it; InvalidInputException with every field's error, the price's parsing included. */
    private NewProduct checked(ProductForm typed) {
        List<FieldError> errors = new ArrayList<>();
        Long cents = null;
        try {
            cents = Money.cents(typed.price());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        boolean priceParsed = errors.isEmpty();
        NewProduct product = new NewProduct(typed.name(), typed.description(), cents, typed.tagList(),
                typed.payWhatYouWant());
        catalog.check(product).stream().filter(e -> priceParsed || !e.field().equals("priceCents"))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return product;
    }

    private Product existing(long id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    private Product mine(long id, Authentication caller) {
        Product product = existing(id);
        if (product.creator().id() != CurrentUser.id(caller)) {
            throw new ForbiddenException("Only the product's creator may change it");
        }
        return product;
    }

    private ModelAndView<Map<String, Object>> formPage(@Nullable Product product, ProductForm typed,
                                                       Map<String, String> errors) {
        List<String> suggestions = catalog.popularTags(SUGGESTED_TAGS).stream().map(TagCount::name).toList();
        Map<String, Object> model = new HashMap<>();
        if (product != null) {
            model.put("product", product);
        }
        model.put("form", typed);
        model.put("errors", errors);
        model.put("tagSuggestions", suggestions);
        return new ModelAndView<>("catalog/product-form", model);
    }
}
