package com.yumroad.kernel.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** What the transport-security tests ask the application: who am I, over which scheme; a page; a form. */
@Controller("/probe")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "transport-probe", value = "on")
class Probe {

    private final ClientAddresses clients;
    private final FormTokens forms;

    Probe(ClientAddresses clients, FormTokens forms) {
        this.clients = clients;
        this.forms = forms;
    }

    @Get(value = "/whoami", produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> whoami(HttpRequest<?> request) {
        return HttpResponse.ok(clients.resolve(request) + " " + (clients.isHttps(request) ? "https" : "http"))
                .cookie(Cookie.of("probe", "1").path("/").httpOnly(true).secure(true));
    }

    @Get(value = "/page", produces = MediaType.TEXT_HTML)
    String page() {
        return "<!DOCTYPE html><html><body><p>a page</p></body></html>";
    }

    @Get(value = "/data", produces = MediaType.APPLICATION_JSON)
    Map<String, String> data() {
        return Map.of("public", "yes");
    }

    @Post(value = "/form", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    String form(@Nullable String csrfToken, HttpRequest<?> request) {
        forms.check(request, csrfToken);
        return "<p>accepted</p>";
    }
}
