package com.yumroad.kernel.security;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts {@code csrfToken} (the value) and {@code csrfField} (the form field's name) into every view's model, from the
 * browser's CSRF cookie or the one {@link CsrfCookieIssuer} is about to set. Every form includes
 * {@code <input type="hidden" th:name="${csrfField}" th:value="${csrfToken}">}. It stands in for
 * micronaut-views' own CSRF model processor (switched off in platform-defaults.yml), which knows only the cookie.
 */
@Singleton
class CsrfTokenModel implements ViewModelProcessor<Map<String, Object>> {

    private final CsrfTokens tokens;

    CsrfTokenModel(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> view) {
        tokens.of(request).ifPresent(token -> {
            Map<String, Object> model = new HashMap<>(view.getModel().orElseGet(Map::of));
            model.put("csrfToken", token);
            model.put("csrfField", tokens.field());
            view.setModel(model);
        });
    }
}
