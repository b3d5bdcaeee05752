package com.yumroad.kernel.security;

import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer carries the security headers; private ones are not stored; an expired form says so. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "transport-probe", value = "on")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class SecurityHeadersTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;

    @Test
    void pagesDataErrorsAndAssetsAllCarryTheHeaders() {
        WebSession browser = new WebSession(client);
        for (HttpResponse<?> answer : List.of(browser.get("/probe/page"), browser.get("/no-such-page"),
                browser.get("/assets/site.css"), data())) {
            assertThat(answer.getHeaders().get("Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'", "form-action 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(answer.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.getHeaders().get("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.getHeaders().get("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.getHeaders().get("Permissions-Policy")).contains("camera=()", "geolocation=()");
            assertThat(answer.getHeaders().get("Access-Control-Allow-Origin")).as("CORS is off").isNull();
        }
    }

    @Test
    void everyPageNamesTheSitesOwnIconWhichIsServedFromTheJar() {
        WebSession browser = new WebSession(client);
        assertThat(browser.get("/no-such-page").body()).contains("<link rel=\"icon\" href=\"/assets/favicon.svg\"");
        HttpResponse<String> icon = browser.get("/assets/favicon.svg");
        assertThat(icon.code()).isEqualTo(200);
        assertThat(icon.getHeaders().get("Content-Type")).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void sourceControlMetadataIsNotServed() {
        WebSession browser = new WebSession(client);
        for (String path : List.of("/.git/config", "/assets/../.git/HEAD", "/.env")) {
            assertThat(browser.get(path).code()).as(path).isEqualTo(404);
        }
    }

    @Test
    void pagesAreNeverStoredButPublicDataAndAssetsMayBe() {
        WebSession browser = new WebSession(client);
        assertThat(browser.get("/probe/page").getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(browser.get("/assets/site.css").getHeaders().get("Cache-Control")).isNotEqualTo("no-store");
        assertThat(browser.get("/probe/data").getHeaders().get("Cache-Control")).isNotEqualTo("no-store");
        assertThat(data().getHeaders().get("Cache-Control")).as("an answer that sets a cookie").isEqualTo("no-store");
        assertThat(client.toBlocking().exchange(HttpRequest.GET("/probe/data").bearerAuth("anything"), String.class)
                .getHeaders().get("Cache-Control")).as("an authenticated call's answer").isEqualTo("no-store");
    }

    @Test
    void aFormWhoseCookieIsGoneGetsAPageThatSaysSoAndLeadsBackToTheForm() {
        String token = new WebSession(client).get("/probe/page").getCookie("csrfToken").orElseThrow().getValue();
        HttpResponse<String> answer = page( HttpRequest.POST("/probe/form", Map.of("csrfToken", token))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE)
                .header("Referer", "http://" + server.getHost() + ":" + server.getPort() + "/probe/page"));

        assertThat(answer.code()).isEqualTo(403);
        String html = answer.getBody().orElseThrow();
        assertThat(html).contains("Please send the form again").contains("security cookie")
                .contains("href=\"/probe/page\"").doesNotContain("Not yours to change");
    }

    @Test
    void aFormWithAWrongTokenIsRefusedWithTheSamePage() {
        WebSession browser = new WebSession(client);
        browser.get("/probe/page");
        HttpResponse<String> answer = browser.postExactly("/probe/form", Map.of("csrfToken", "forged"));

        assertThat(answer.code()).isEqualTo(403);
        assertThat(answer.getBody().orElseThrow()).contains("Please send the form again").contains("out of date")
                .contains("href=\"/\"");
        assertThat(browser.post("/probe/form", Map.of()).getBody().orElseThrow()).contains("accepted");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<String> page(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, io.micronaut.core.type.Argument.of(String.class), io.micronaut.core.type.Argument.of(String.class));
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }

    private HttpResponse<String> data() {
        return client.toBlocking().exchange(HttpRequest.GET("/probe/data"), String.class);
    }
}
