package com.yumroad.platform.api;

import com.yumroad.testing.FreshDatabase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The document names every operation of the contract with its statuses, and the reference page needs no CDN. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theDocumentHasEveryContractRowWithItsStatusesAndBearerSecurity() {
        HttpResponse<String> response = http.toBlocking().exchange(Contract.DOCUMENT, String.class);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString())
                .isEqualTo("application/yaml"));
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());
        assertThat(parsed.getMessages()).isEmpty();
        var api = parsed.getOpenAPI();

        Map<String, List<String>> statuses = api.getPaths().entrySet().stream().flatMap(path ->
                path.getValue().readOperationsMap().entrySet().stream().map(op -> Map.entry(
                        op.getKey() + " " + path.getKey(),
                        op.getValue().getResponses().keySet().stream().sorted().toList())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(statuses).containsKeys("POST /api/v1/users", "POST /api/v1/auth/token", "GET /api/v1/users/me",
                "DELETE /api/v1/users/me", "GET /api/v1/users/{id}/products", "POST /api/v1/stores",
                "GET /api/v1/stores", "GET /api/v1/stores/{id}", "PATCH /api/v1/stores/{id}", "GET /api/v1/stores/{id}/products",
                "POST /api/v1/products", "GET /api/v1/products", "GET /api/v1/products/{id}",
                "PATCH /api/v1/products/{id}", "DELETE /api/v1/products/{id}", "GET /api/v1/tags");
        assertThat(statuses.get("POST /api/v1/stores")).contains("201", "400", "401", "409", "415", "422", "500");
        assertThat(statuses.get("PATCH /api/v1/products/{id}")).contains("200", "401", "403", "404", "422");
        assertThat(statuses.get("GET /api/v1/products")).contains("200", "400", "422");
        assertThat(statuses.get("GET /api/v1/stores")).contains("200", "400", "422");
        assertThat(statuses.get("POST /api/v1/auth/token")).contains("200", "401", "429");
        assertThat(statuses.get("POST /api/v1/auth/password-reset")).contains("202", "422", "429");
        assertThat(statuses.get("POST /api/v1/auth/password-reset/confirm")).contains("204", "422");
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearer");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "errors");
        assertThat(api.getComponents().getResponses().get("TooManyRequests").getHeaders()).containsKey("Retry-After");
        assertThat(api.getServers()).extracting(s -> s.getUrl()).containsExactly("/", "http://localhost:8080");
    }

    @Test
    void theReferencePageAndItsScriptComeFromTheApplication() {
        String page = http.toBlocking().retrieve("/api/docs");

        assertThat(page).contains("/api/docs/res/redoc.standalone.js").contains("/api/v1/openapi.yml")
                .doesNotContain("https://").doesNotContain("http://");
        String script = http.toBlocking().retrieve("/api/docs/res/redoc.standalone.js");
        assertThat(script).hasSizeGreaterThan(100_000)
                .doesNotContain("cdn.redoc.ly").contains("\"/api/docs/res/logo.svg\"");
        HttpResponse<String> logo = http.toBlocking().exchange("/api/docs/res/logo.svg", String.class);
        assertThat(logo.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("image/svg+xml"));
        assertThat(logo.body()).startsWith("<svg");
    }

    @Test
    void theReferencePageHasTheSiteIconAMainLandmarkAndItsOwnFixesForAxe() {
        String page = http.toBlocking().retrieve("/api/docs");

        assertThat(page).contains("<link rel=\"icon\" href=\"/assets/favicon.svg\"", "<main>",
                "/api/docs/res/docs.css", "/api/docs/res/headings.js");
        HttpResponse<String> style = http.toBlocking().exchange("/api/docs/res/docs.css", String.class);
        assertThat(style.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("text/css"));
        assertThat(style.body()).contains("redoc h5");
        assertThat(http.toBlocking().retrieve("/api/docs/res/headings.js")).contains("aria-level");
        assertThat(http.toBlocking().exchange("/assets/favicon.svg", String.class).body()).startsWith("<svg");
    }
}
