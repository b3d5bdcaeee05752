package com.yumroad.kernel.http;

import com.yumroad.kernel.security.CsrfTokens;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Pages that every visitor who is not logged in sees alike (a product's page, a store's), so that the module owning
 * one may keep it rendered and answer a repeat view with the kept bytes: no template, no statement. The module keeps
 * the page in its own memory and forgets it when what it shows changes; this class says which requests may share a
 * page, and hands over the page as it was rendered for one of them.
 * <p>
 * A request is shared when nobody is logged in (a logged-in viewer sees a log-out form with their CSRF token, and an
 * owner sees edit controls), it is a GET, and no flash message waits to be shown. The page is kept from the ordinary
 * rendering, after every view model processor ran, and only when it is a 200 that does not contain the visitor's
 * CSRF token. A kept page is answered as {@code text/html} like a rendered one, and the answer passes through every
 * filter as a rendered one does (security headers, {@code Cache-Control: no-store}, the CSRF and flash cookies).
 */
@Singleton
public class SharedPages {

    private static final String KEEPER = "yumroad.sharedPages.keeper";

    private final CsrfTokens csrf;
    private final SiteLinks links;

    SharedPages(CsrfTokens csrf, SiteLinks links) {
        this.csrf = csrf;
        this.links = links;
    }

    /** Whether this request sees what every anonymous visitor sees, and so may get a kept page or leave one. */
    public boolean shared(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.GET && request.getUserPrincipal().isEmpty()
                && !request.getCookies().contains(Flash.COOKIE);
    }

    /**
     * The site's address as this request's page shows it (shared-link previews are absolute): a page kept for one
     * address is not answered to a request for another.
     */
    public String base(HttpRequest<?> request) {
        return links.absolute(request, "");
    }

    /** Hands {@code keeper} the page this (shared) request gets, once it is rendered, if it may be kept. */
    public void keepWhenRendered(HttpRequest<?> request, Consumer<byte[]> keeper) {
        if (shared(request)) {
            request.setAttribute(KEEPER, keeper);
        }
    }

    /** The answer with a kept page. */
    public MutableHttpResponse<byte[]> answer(byte[] page) {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @SuppressWarnings("unchecked")
    void rendered(HttpRequest<?> request, HttpResponse<?> response, String html) {
        request.getAttribute(KEEPER, Consumer.class).ifPresent(keeper -> {
            if (response.status() == HttpStatus.OK && csrf.of(request).map(token -> !html.contains(token)).orElse(true)) {
                ((Consumer<byte[]>) keeper).accept(html.getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
