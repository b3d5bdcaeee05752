package com.yumroad.platform.api;

import com.yumroad.kernel.security.scopes.PublicApi;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document generated at compile time (see {@link ApiDocument}) and the ReDoc page that renders
 * it, with ReDoc's script from the jar: the page needs nothing from a CDN. All three are read once, at start-up.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicApi
@Hidden
class ApiDocs {

    static final String DOCUMENT = "classpath:META-INF/swagger/openapi.yml";
    /** Our own page rather than micronaut-openapi's, whose inline script the Content-Security-Policy forbids. */
    static final String PAGE = "classpath:api-docs/index.html";
    static final String SCRIPT = "classpath:META-INF/swagger/views/redoc/res/redoc.standalone.js";
    static final String YAML = "application/yaml";
    private static final String JAVASCRIPT = "text/javascript";

    private final byte[] document;
    private final byte[] page;
    private final byte[] script;

    ApiDocs(ResourceResolver resources) {
        this.document = read(resources, DOCUMENT);
        this.page = read(resources, PAGE);
        this.script = read(resources, SCRIPT);
    }

    @Get(uri = "/api/v1/openapi.yml", produces = YAML)
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(YAML);
    }

    @Get(uri = "/api/docs", produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> page() {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get(uri = "/api/docs/res/redoc.standalone.js", produces = JAVASCRIPT)
    HttpResponse<byte[]> script() {
        return HttpResponse.ok(script).contentType(JAVASCRIPT);
    }

    private static byte[] read(ResourceResolver resources, String path) {
        try (InputStream in = resources.getResourceAsStream(path)
                .orElseThrow(() -> new IllegalStateException(path + " is missing: the build generates it"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
