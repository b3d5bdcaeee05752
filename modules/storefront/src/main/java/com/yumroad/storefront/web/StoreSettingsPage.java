package com.yumroad.storefront.web;

import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.StoreChanges;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** The owner renames and describes their store. There is no store id to forge: it is always the caller's own. */
@Controller("/dashboard/store")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StoreSettingsPage {

    private final Storefront storefront;
    private final Forms forms;

    StoreSettingsPage(Storefront storefront, Forms forms) {
        this.storefront = storefront;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(Authentication caller) {
        Store store = mine(caller);
        return page(store, store.name(), store.description(), FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@Nullable String csrfToken, @Nullable String name, @Nullable String description, Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        Store store = mine(caller);
        return form.answer(() -> {
            storefront.change(store.id(), CurrentUser.id(caller),
                    new StoreChanges(name == null ? "" : name, description == null ? "" : description));
            return form.done("/dashboard", "Your store is saved.");
        }, errors -> page(store, name, description, errors));
    }

    private Store mine(Authentication caller) {
        return storefront.ofOwner(CurrentUser.id(caller))
                .orElseThrow(() -> new NotFoundException("Store of user", caller.getName()));
    }

    private static ModelAndView<Map<String, Object>> page(Store store, @Nullable String name,
                                                          @Nullable String description, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("store", store);
        model.put("name", name == null ? "" : name);
        model.put("description", description == null ? "" : description);
        model.put("errors", errors);
        return new ModelAndView<>("storefront/settings", model);
    }
}
