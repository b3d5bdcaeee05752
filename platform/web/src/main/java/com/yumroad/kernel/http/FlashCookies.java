package com.yumroad.kernel.http;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Shows a {@link Flash} message once: a page rendered while the cookie is there gets {@code flash} in its model,
 * and its answer clears the cookie. Redirects keep it for the page they lead to.
 */
@Singleton
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class FlashCookies implements ViewModelProcessor<Map<String, Object>> {

    private static final String MESSAGE = "yumroad.flash";

    private final Flash flash;

    FlashCookies(Flash flash) {
        this.flash = flash;
    }

    @RequestFilter
    void read(HttpRequest<?> request) {
        flash.read(request).ifPresent(message -> request.setAttribute(MESSAGE, message));
    }

    @ResponseFilter
    void clearOnceShown(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean redirect = response.code() >= 300 && response.code() < 400;
        boolean setsOwn = response.getCookies().contains(Flash.COOKIE);
        if (!redirect && !setsOwn && request.getCookies().contains(Flash.COOKIE)) {
            response.cookie(Cookie.of(Flash.COOKIE, "").path("/").httpOnly(true).maxAge(0));
        }
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> view) {
        request.getAttribute(MESSAGE, String.class).ifPresent(message -> {
            Map<String, Object> model = new HashMap<>(view.getModel().orElseGet(Map::of));
            model.put("flash", message);
            view.setModel(model);
        });
    }
}
