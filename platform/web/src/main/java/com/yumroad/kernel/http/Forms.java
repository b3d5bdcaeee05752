package com.yumroad.kernel.http;

import com.yumroad.kernel.security.FormTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The routine of every web form's POST, in one place: the CSRF check ({@link FormTokens}, 403 when it fails), then
 * the use case, answered by a redirect with a flash message, or by the form again (422) with each error beside its
 * field when the use case refuses the input. A handler reads as what it does:
 * <pre>{@code
 * SubmittedForm form = forms.submitted(request, csrfToken);
 * Store store = mine(caller);
 * return form.answer(() -> {
 *     storefront.change(store.id(), ...);
 *     return form.done("/dashboard", "Your store is saved.");
 * }, errors -> page(store, name, description, errors));
 * }</pre>
 */
@Singleton
public class Forms {

    private final FormTokens tokens;
    private final Flash flash;

    Forms(FormTokens tokens, Flash flash) {
        this.tokens = tokens;
        this.flash = flash;
    }

    /** The form, once its CSRF token is checked ({@link FormTokens#check}: 403 and nothing done otherwise). */
    public SubmittedForm submitted(HttpRequest<?> request, @Nullable String csrfToken) {
        tokens.check(request, csrfToken);
        return new SubmittedForm(flash, FormErrors.none());
    }
}
