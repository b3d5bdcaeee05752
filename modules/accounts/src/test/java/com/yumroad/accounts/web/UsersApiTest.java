package com.yumroad.accounts.web;

import com.yumroad.accounts.UserDeleted;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.yumroad.accounts.web.ApiCalls.body;
import static com.yumroad.accounts.web.ApiCalls.call;
import static com.yumroad.accounts.web.ApiCalls.contentType;
import static com.yumroad.accounts.web.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-client", value = "1000")
@Property(name = "users-api-test", value = "on")
class UsersApiTest implements FreshDatabase {

    /** Hears deletions in the deleting transaction, and refuses one to prove the deletion rolls back with it. */
    @Singleton
    @Requires(property = "users-api-test", value = "on")
    static class DeletionWitness {
        final List<Long> deleted = new CopyOnWriteArrayList<>();
        volatile long refuse = -1;

        @EventListener
        void on(UserDeleted event) {
            if (event.userId() == refuse) {
                throw new IllegalStateException("a module could not let go of user " + event.userId());
            }
            deleted.add(event.userId());
        }
    }

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    DeletionWitness witness;
    BlockingHttpClient http;

    @BeforeAll
    void blocking() {
        http = client.toBlocking();
    }

    @Test
    void signUpAnswers201WithTheUserAndStoresTheEmailTrimmedAndLowerCased() throws SQLException {
        HttpResponse<Map<String, Object>> response = signUp("  Ada.Lovelace@Example.COM ", "correct horse", " Ada ");

        assertThat(response.code()).isEqualTo(201);
        Map<String, Object> user = body(response);
        assertThat(user).containsOnlyKeys("id", "email", "name", "createdAt", "updatedAt")
                .containsEntry("email", "ada.lovelace@example.com").containsEntry("name", "Ada");
        assertThat(response.getHeaders().get("Location")).isEqualTo("/api/v1/users/" + user.get("id"));
        assertThat(emailsInDatabase()).contains("ada.lovelace@example.com");
    }

    @Test
    void theSignUpsLocationIsThePublicProfileWhichNeverShowsTheEmail() {
        HttpResponse<Map<String, Object>> made = signUp("hopper@example.com", "correct horse", "Grace");
        String location = made.getHeaders().get("Location");

        @SuppressWarnings("unchecked")
        Map<String, Object> profile = http.retrieve(HttpRequest.GET(location), Map.class);

        assertThat(profile).containsOnlyKeys("id", "name", "productsUrl").containsEntry("name", "Grace")
                .containsEntry("productsUrl", location + "/products");
        assertRefused(HttpRequest.GET("/api/v1/users/987654321"), 404);
    }

    @Test
    void anEmailTakenInAnyCaseAnswers409AndWritesNothing() throws SQLException {
        assertThat(signUp("grace@example.com", "correct horse", "Grace").code()).isEqualTo(201);
        int before = userRows();

        HttpResponse<Map<String, Object>> again = signUp(" GRACE@Example.com", "battery staple", "Other");

        assertThat(again.code()).isEqualTo(409);
        assertThat(contentType(again)).isEqualTo("application/problem+json");
        assertThat(body(again)).containsEntry("status", 409)
                .containsEntry("errors", List.of(Map.of("field", "email",
                        "message", "An account with this email already exists")));
        assertThat(userRows()).isEqualTo(before);
    }

    @Test
    void sameEmailSignUpsRacingGetOne201AndOnly409sNever500() throws Exception {
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String email = i % 2 == 0 ? "racer@example.com" : " RACER@example.com ";
                answers.add(pool.submit(() -> {
                    start.await();
                    return signUp(email, "correct horse", "Racer").code();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(emailsInDatabase()).containsOnlyOnce("racer@example.com");
    }

    @Test
    void everyBadInputAnswersAClear4xxProblemAndWritesNothing() throws SQLException {
        int before = userRows();
        String json = MediaType.APPLICATION_JSON;

        assertRefused(HttpRequest.POST("/api/v1/users", Map.of()), 422, "email", "name", "password");
        assertRefused(HttpRequest.POST("/api/v1/users", Map.of("email", "not-an-email", "password", "short",
                "name", "  ")), 422, "email", "name", "password");
        assertRefused(HttpRequest.POST("/api/v1/users", user("x".repeat(250) + "@example.com", "correct horse",
                "Long")), 422, "email");
        assertRefused(HttpRequest.POST("/api/v1/users", user("long@example.com", "p".repeat(129), "Long")),
                422, "password");
        assertRefused(HttpRequest.POST("/api/v1/users", user("long@example.com", "correct horse", "n".repeat(101))),
                422, "name");
        assertRefused(HttpRequest.POST("/api/v1/users", "{\"email\": \"a@example.com\", ").contentType(json), 400);
        assertRefused(HttpRequest.POST("/api/v1/users", "[]").contentType(json), 400);
        assertRefused(HttpRequest.POST("/api/v1/users", "email=a@example.com&password=correct+horse&name=A")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), 415);
        assertRefused(HttpRequest.POST("/api/v1/users", "a@example.com").contentType(MediaType.TEXT_PLAIN), 415);
        assertRefused(HttpRequest.POST("/api/v1/users", "{\"email\": \"a@example.com\", \"password\": \"correct horse\","
                + " \"name\": \"" + "n".repeat(1_100_000) + "\"}").contentType(json), 413);

        assertThat(userRows()).isEqualTo(before);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEveryTokenIssuedBefore() {
        signUp("secret@example.com", "correct horse", "Secret");
        String older = token(http, "secret@example.com", "correct horse");

        HttpResponse<Map<String, Object>> wrong = call(http, HttpRequest.PUT("/api/v1/users/me/password",
                Map.of("currentPassword", "wrong horse", "newPassword", "battery staple")).bearerAuth(older));
        assertThat(wrong.code()).isEqualTo(422);
        assertThat(body(wrong).get("errors").toString()).contains("currentPassword");

        assertThat(call(http, HttpRequest.PUT("/api/v1/users/me/password",
                Map.of("currentPassword", "correct horse", "newPassword", "battery staple")).bearerAuth(older)).code())
                .isEqualTo(204);
        assertThat(call(http, HttpRequest.POST("/api/v1/auth/token",
                Map.of("email", "secret@example.com", "password", "correct horse"))).code()).isEqualTo(401);
        String newer = token(http, "secret@example.com", "battery staple");
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(older)).code()).isEqualTo(401);
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(newer)).code()).isEqualTo(200);
    }

    @Test
    void deletingTheAccountAnswers204AnnouncesItRemovesTheRowAndEndsItsTokens() throws SQLException {
        long id = ((Number) body(signUp("leaving@example.com", "correct horse", "Leaving")).get("id")).longValue();
        String token = token(http, "leaving@example.com", "correct horse");

        assertThat(call(http, HttpRequest.DELETE("/api/v1/users/me").bearerAuth(token)).code()).isEqualTo(204);

        assertThat(witness.deleted).contains(id);
        assertThat(emailsInDatabase()).doesNotContain("leaving@example.com");
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(token)).code()).isEqualTo(401);
    }

    @Test
    void aListenerThatFailsRollsTheDeletionBackBecauseItRunsInTheSameTransaction() throws SQLException {
        long id = ((Number) body(signUp("stuck@example.com", "correct horse", "Stuck")).get("id")).longValue();
        String token = token(http, "stuck@example.com", "correct horse");
        witness.refuse = id;

        HttpResponse<Map<String, Object>> response = call(http, HttpRequest.DELETE("/api/v1/users/me").bearerAuth(token));

        assertThat(response.code()).isEqualTo(500);
        assertThat(body(response).toString()).doesNotContain("could not let go");
        assertThat(emailsInDatabase()).contains("stuck@example.com");
        assertThat(call(http, HttpRequest.GET("/api/v1/users/me").bearerAuth(token)).code())
                .as("the rolled-back deletion ended no session").isEqualTo(200);
    }

    private void assertRefused(HttpRequest<?> request, int status, String... fields) {
        HttpResponse<Map<String, Object>> response = call(http, request);
        assertThat(response.code()).as("status for a %s body", request.getContentType().orElse(null)).isEqualTo(status);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        Map<String, Object> problem = body(response);
        assertThat(problem).containsEntry("status", status).containsKeys("type", "title", "detail", "errors");
        if (fields.length > 0) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
            assertThat(errors).extracting(e -> e.get("field")).containsExactly((Object[]) fields);
        }
    }

    private HttpResponse<Map<String, Object>> signUp(String email, String password, String name) {
        return call(http, HttpRequest.POST("/api/v1/users", user(email, password, name)));
    }

    private static Map<String, Object> user(String email, String password, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("name", name);
        return body;
    }

    private int userRows() throws SQLException {
        try (var c = connection(); var rs = c.createStatement().executeQuery("select count(*) from accounts.users")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<String> emailsInDatabase() throws SQLException {
        List<String> emails = new ArrayList<>();
        try (var c = connection(); var rs = c.createStatement().executeQuery("select email from accounts.users")) {
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
        }
        return emails;
    }
}
