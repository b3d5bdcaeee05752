package com.yumroad.storefront.web;

import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.kernel.http.Forms;
import com.yumroad.kernel.http.SubmittedForm;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
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

/** For accounts made without a store (through the API): open one from the dashboard. */
@Controller("/dashboard/store/open")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenStorePage {

    private final Storefront storefront;
    private final Forms forms;

    OpenStorePage(Storefront storefront, Forms forms) {
        this.storefront = storefront;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return page("", "", FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> open(@Nullable String csrfToken, @Nullable String name, @Nullable String description, Authentication caller, HttpRequest<?> request) {
        SubmittedForm form = forms.submitted(request, csrfToken);
        return form.answer(() -> {
            Store store;
            try {
                store = storefront.open(CurrentUser.id(caller), new NewStore(name, description));
            } catch (ConflictException e) {
                throw new InvalidInputException("name", e.getMessage());
            }
            return form.done("/dashboard", "Your store " + store.name() + " is open.");
        }, errors -> page(name, description, errors));
    }

    private static ModelAndView<Map<String, Object>> page(@Nullable String name, @Nullable String description,
                                                          Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name == null ? "" : name);
        model.put("description", description == null ? "" : description);
        model.put("errors", errors);
        return new ModelAndView<>("storefront/open", model);
    }
}
