package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.testing.FreshDatabase;
import com.yumroad.testing.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsers get error pages in the site's layout; the API keeps problem+json; flash messages show once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "error-pages-test", value = "on")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ErrorPagesTest implements FreshDatabase {

    @Controller("/probe")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "error-pages-test", value = "on")
    static class Probe {
        private final Flash flash;

        Probe(Flash flash) {
            this.flash = flash;
        }

        @Get(value = "/forbidden", produces = MediaType.TEXT_HTML)
        String forbidden() {
            throw new ForbiddenException("Only the owner may change this store");
        }

        @Get(value = "/broken", produces = MediaType.TEXT_HTML)
        String broken() {
            throw new IllegalStateException("secret internals: password=hunter2");
        }

        @Get(value = "/unrenderable", produces = MediaType.TEXT_HTML)
        ModelAndView<Map<String, Object>> unrenderable() {
            return new ModelAndView<>("probe/broken", Map.of());
        }

        @Get(value = "/flash", produces = MediaType.TEXT_HTML)
        HttpResponse<?> flash() {
            return flash.seeOther("/probe/missing-page", "Saved.");
        }
    }

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Flash flash;

    @Test
    void aBrowserGetsErrorPagesInTheSiteLayout() {
        WebSession browser = new WebSession(client);

        HttpResponse<String> missing = browser.get("/no/such/page");
        HttpResponse<String> forbidden = browser.get("/probe/forbidden");

        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.body()).contains("<title>Page not found · Yumroad</title>", "<main id=\"main\"",
                "/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css", "href=\"/signup\"");
        assertThat(forbidden.code()).isEqualTo(403);
        assertThat(forbidden.body()).contains("<h1 class=\"h2\">Not yours to change</h1>");
    }

    @Test
    void aServerErrorPageShowsTheRequestIdAndNothingOfTheException() {
        HttpResponse<String> broken = new WebSession(client).get("/probe/broken");

        assertThat(broken.code()).isEqualTo(500);
        String requestId = broken.getHeaders().get("X-Request-Id");
        assertThat(broken.body()).contains("Something went wrong", "<code>" + requestId + "</code>")
                .doesNotContain("hunter2", "IllegalStateException");
    }

    @Test
    @Timeout(20)
    void aPageThatFailsToRenderAnswersTheServerErrorPage() {
        HttpResponse<String> broken = new WebSession(client).get("/probe/unrenderable");

        assertThat(broken.code()).isEqualTo(500);
        assertThat(broken.body()).contains("Something went wrong", "<code>" + broken.getHeaders().get("X-Request-Id"))
                .doesNotContain("thing.name", "Exception");
    }

    @Test
    void theApiKeepsProblemJson() {
        HttpResponse<String> missing = new WebSession(client).get("/api/v1/no-such-thing");

        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.getContentType().orElseThrow().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    void theCssLibraryIsServedFromTheJar() {
        HttpResponse<String> css = new WebSession(client).get("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css");

        assertThat(css.code()).isEqualTo(200);
        assertThat(css.body()).contains("Bootstrap  v5.3.8");
    }

    private String pageWithFlashCookie(String value) {
        try {
            client.toBlocking().exchange(io.micronaut.http.HttpRequest.GET("/probe/missing-page")
                    .accept(MediaType.TEXT_HTML_TYPE).cookie(io.micronaut.http.cookie.Cookie.of("flash", value)),
                    String.class);
            throw new AssertionError("expected 404");
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.getResponse().getBody(String.class).orElseThrow();
        }
    }

    @Test
    void aFlashMessageShowsOnTheNextPageOnlyAndForgedOnesNever() {
        WebSession browser = new WebSession(client);

        assertThat(browser.get("/probe/flash").code()).isEqualTo(303);
        assertThat(browser.get("/probe/missing-page").body()).contains("role=\"status\"", ">Saved.</div>");
        assertThat(browser.get("/probe/missing-page").body()).doesNotContain("Saved.");

        String genuine = flash.cookie("Saved.").getValue();
        String forged = genuine.substring(0, genuine.indexOf('.')).replace("U2F2ZWQu", "SGFja2Vk") + genuine
                .substring(genuine.indexOf('.'));
        assertThat(forged).isNotEqualTo(genuine);
        assertThat(pageWithFlashCookie(forged)).doesNotContain("Hacked");
        assertThat(pageWithFlashCookie(genuine)).contains(">Saved.</div>");
    }
}
