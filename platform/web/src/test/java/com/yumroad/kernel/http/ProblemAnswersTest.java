package com.yumroad.kernel.http;

import com.yumroad.kernel.errors.ConflictException;
import com.yumroad.kernel.errors.ForbiddenException;
import com.yumroad.kernel.errors.InvalidInputException;
import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.kernel.errors.TooManyRequestsException;
import com.yumroad.kernel.paging.InvalidCursorException;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every error on /api/** is application/problem+json, whoever raises it: our handlers, Micronaut, security. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemAnswersTest implements FreshDatabase {

    @Serdeable
    record Thing(@Nullable @NotBlank @Size(max = 5) String name) {
    }

    @Controller("/api/probe")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "micronaut.application.name", value = "problem-answers-test")
    static class Probe {
        @Get("/invalid")
        String invalid() {
            throw new InvalidInputException("name", "Name is required");
        }

        @Get("/conflict")
        String conflict() {
            throw new ConflictException("email", "An account with this email already exists");
        }

        @Get("/missing")
        String missing() {
            throw new NotFoundException("Store", 7);
        }

        @Get("/forbidden")
        String forbidden() {
            throw new ForbiddenException("Only the owner may change this store");
        }

        @Get("/throttled")
        String throttled() {
            throw new TooManyRequestsException(Duration.ofMillis(12_300));
        }

        @Get("/cursor")
        String cursor() {
            throw new InvalidCursorException();
        }

        @Get("/broken")
        String broken() {
            throw new IllegalStateException("secret internals: password=hunter2");
        }

        @Post("/things")
        Thing create(@Body @Valid Thing thing) {
            return thing;
        }

        @Get("/private")
        @Secured(SecurityRule.IS_AUTHENTICATED)
        String secret() {
            return "secret";
        }
    }

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        var properties = new java.util.HashMap<>(FreshDatabase.super.getProperties());
        properties.put("micronaut.application.name", "problem-answers-test");
        return properties;
    }

    @Test
    void domainExceptionsAnswerTheirStatusWithProblemDetails() {
        assertProblem(get("/api/probe/invalid"), 422, "Some fields are not valid")
                .containsEntry("errors", List.of(Map.of("field", "name", "message", "Name is required")));
        assertProblem(get("/api/probe/conflict"), 409, "An account with this email already exists")
                .containsEntry("errors", List.of(Map.of("field", "email",
                        "message", "An account with this email already exists")));
        assertProblem(get("/api/probe/missing"), 404, "Store 7 does not exist");
        assertProblem(get("/api/probe/forbidden"), 403, "Only the owner may change this store");
    }

    @Test
    void aCursorThisServerDidNotIssueIsABadRequestNamingTheCursor() {
        String detail = "The cursor is not valid for this list; start again from the first page";

        assertProblem(get("/api/probe/cursor"), 400, detail)
                .containsEntry("errors", List.of(Map.of("field", "cursor", "message", detail)));
    }

    @Test
    void throttlingAnswers429WithRetryAfterInWholeSeconds() {
        HttpResponse<?> response = get("/api/probe/throttled");

        assertProblem(response, 429, "Too many attempts: try again in 12 seconds");
        assertThat(response.getHeaders().get("Retry-After")).isEqualTo("13");
    }

    @Test
    void beanValidationAnswers422NamingTheFields() {
        HttpResponse<?> response = send(HttpRequest.POST("/api/probe/things", Map.of("name", "far too long")));

        assertProblem(response, 422, "Some fields are not valid")
                .extracting(p -> p.get("errors")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("field", "name");
    }

    @Test
    void aServerErrorHidesTheExceptionAndGivesTheRequestIdThatTheLogCarries() {
        HttpResponse<?> response = get("/api/probe/broken");

        Map<String, Object> problem = body(response);
        assertProblem(response, 500, null);
        assertThat(problem.toString()).doesNotContain("hunter2").doesNotContain("IllegalState");
        assertThat(problem.get("requestId")).isInstanceOf(String.class)
                .isEqualTo(response.getHeaders().get("X-Request-Id"));
        assertThat((String) problem.get("detail")).contains((String) problem.get("requestId"));
    }

    @Test
    void micronautsOwnErrorsAreProblemsToo() {
        assertProblem(get("/api/nowhere"), 404, null);
        assertProblem(send(HttpRequest.DELETE("/api/probe/things")), 405, null);
        assertProblem(send(HttpRequest.POST("/api/probe/things", "name=x")
                .contentType(MediaType.TEXT_PLAIN_TYPE)), 415, null);
        assertProblem(send(HttpRequest.POST("/api/probe/things", "{\"name\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE)), 400, null);
        assertProblem(send(HttpRequest.POST("/api/probe/things", "{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)), 413, null);
    }

    @Test
    void securityRefusalsAreProblems() {
        assertProblem(get("/api/probe/private"), 401, null);
        assertProblem(send(HttpRequest.GET("/api/probe/private").bearerAuth("not.a.token")), 401, null);
    }

    private HttpResponse<?> get(String path) {
        return send(HttpRequest.GET(path));
    }

    private HttpResponse<?> send(HttpRequest<?> request) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(Map.class)));
        assertThat(e).as("an error answer").isNotNull();
        return e.getResponse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(HttpResponse<?> response) {
        return response.getBody(Map.class).orElseThrow();
    }

    private static org.assertj.core.api.MapAssert<String, Object> assertProblem(HttpResponse<?> response, int status,
                                                                                 @Nullable String detail) {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString())
                .isEqualTo("application/problem+json"));
        Map<String, Object> problem = body(response);
        assertThat(problem).containsEntry("type", "about:blank").containsEntry("status", status)
                .containsKeys("title", "detail", "errors");
        if (detail != null) {
            assertThat(problem).containsEntry("detail", detail);
        }
        return assertThat(problem);
    }
}
