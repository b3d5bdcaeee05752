package com.yumroad.storefront.web;

import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.FormTokens;
import com.yumroad.kernel.http.Flash;
import com.yumroad.kernel.http.FormErrors;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.List;
import java.util.Map;

/** For accounts made without a store (through the API): open one from the dashboard. */
@Controller("/dashboard/store/open")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenStorePage {

    private final Storefront storefront;
    private final Flash flash;
    private final FormTokens forms;

    OpenStorePage(Storefront storefront, Flash flash, FormTokens forms) {
        this.storefront = storefront;
        this.flash = flash;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return page("", "", FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> open(@Nullable String csrfToken, @Nullable String name, @Nullable String description, Authentication caller, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        Store store;
        try {
            store = storefront.open(CurrentUser.id(caller), new NewStore(name, description));
        } catch (InvalidInputException e) {
            return refused(name, description, e.errors());
        } catch (ConflictException e) {
            return refused(name, description, List.of(new FieldError("name", e.getMessage())));
        }
        return flash.seeOther("/dashboard", "Your store " + store.name() + " is open.");
    }

    private static HttpResponse<?> refused(@Nullable String name, @Nullable String description,
                                           List<FieldError> errors) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(name, description, FormErrors.of(errors)));
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
