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
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document generated at compile time (see {@link ApiDocument}) and the ReDoc page that renders
 * it, with ReDoc's script from the jar, our stylesheet and heading fix for it, and its one image (the Redocly logo ReDoc loads from its CDN) served here:
 * the page needs nothing from another site. All are read once, at start-up.
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
    static final String LOGO = "classpath:api-docs/logo.svg";
    /** What makes ReDoc's page pass axe-core: a darker label grey, and headings that do not skip levels. */
    static final String STYLE = "classpath:api-docs/docs.css";
    static final String HEADINGS = "classpath:api-docs/headings.js";
    /** The image ReDoc's script would load from Redocly's CDN, and where this server serves it instead. */
    static final String CDN_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
    static final String LOCAL_LOGO = "/api/docs/res/logo.svg";
    static final String YAML = "application/yaml";
    private static final String JAVASCRIPT = "text/javascript";

    private final byte[] document;
    private final byte[] page;
    private final byte[] script;
    private final byte[] logo;
    private final byte[] style;
    private final byte[] headings;

    ApiDocs(ResourceResolver resources) {
        this.document = read(resources, DOCUMENT);
        this.page = read(resources, PAGE);
        this.script = new String(read(resources, SCRIPT), StandardCharsets.UTF_8).replace(CDN_LOGO, LOCAL_LOGO)
                .getBytes(StandardCharsets.UTF_8);
        this.logo = read(resources, LOGO);
        this.style = read(resources, STYLE);
        this.headings = read(resources, HEADINGS);
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

    @Get(uri = "/api/docs/res/docs.css", produces = "text/css")
    HttpResponse<byte[]> style() {
        return HttpResponse.ok(style).contentType("text/css");
    }

    @Get(uri = "/api/docs/res/headings.js", produces = JAVASCRIPT)
    HttpResponse<byte[]> headings() {
        return HttpResponse.ok(headings).contentType(JAVASCRIPT);
    }

    @Get(uri = LOCAL_LOGO, produces = "image/svg+xml")
    HttpResponse<byte[]> logo() {
        return HttpResponse.ok(logo).contentType("image/svg+xml");
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
