package com.yumroad.site.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.storefront.NewStore;
import com.yumroad.storefront.Store;
import com.yumroad.storefront.Storefront;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeApiTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    @Inject
    Storefront storefront;
    BlockingHttpClient http;

    @BeforeAll
    void blocking() {
        http = client.toBlocking();
    }

    @Test
    void meAnswersEveryFieldWithStoreIdNullUntilTheUserOpensAStore() {
        long id = accounts.register(new Registration("me@example.com", "Me", "correct horse")).id();
        String token = token("me@example.com");

        assertThat(call(HttpRequest.GET("/api/v1/users/me").bearerAuth(token)).body())
                .containsOnlyKeys("id", "email", "name", "storeId", "createdAt", "updatedAt")
                .containsEntry("storeId", null)
                .containsEntry("email", "me@example.com");

        Store store = storefront.open(id, new NewStore("My own store", null));
        assertThat(call(HttpRequest.GET("/api/v1/users/me").bearerAuth(token)).body())
                .containsEntry("storeId", (int) store.id());
        assertThat(call(HttpRequest.GET("/api/v1/users/me")).code()).isEqualTo(401);
    }

    @Test
    void renamingChangesTheNameAndRefusesABlankOne() {
        accounts.register(new Registration("rename@example.com", "Before", "correct horse"));
        String token = token("rename@example.com");

        assertThat(call(HttpRequest.PATCH("/api/v1/users/me", Map.of("name", "  After ")).bearerAuth(token)).body())
                .containsEntry("name", "After").containsKey("storeId");
        HttpResponse<Map<String, Object>> blank = call(HttpRequest.PATCH("/api/v1/users/me", Map.of("name", " "))
                .bearerAuth(token));
        assertThat(blank.code()).isEqualTo(422);
        assertThat(call(HttpRequest.GET("/api/v1/users/me").bearerAuth(token)).body()).containsEntry("name", "After");
    }

    private String token(String email) {
        return (String) call(HttpRequest.POST("/api/v1/auth/token", Map.of("email", email, "password", "correct horse")))
                .body().get("accessToken");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<Map<String, Object>> call(HttpRequest<?> request) {
        try {
            return (HttpResponse) http.exchange(request, Argument.of(Map.class), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }
}
