package com.yumroad.kernel.security;

import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** As in prod: https only (behind a trusted proxy that says which scheme the browser used). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "transport-probe", value = "on")
@Property(name = "yumroad.https.required", value = "true")
@Property(name = "yumroad.proxies.trusted", value = "127.0.0.1")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class HttpsOnlyTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aPageAskedForOverHttpIsSentToItsHttpsAddress() {
        HttpResponse<String> answer = send(HttpRequest.GET("/probe/page?x=1").header("Host", "shop.example")
                .header("X-Forwarded-Proto", "http"));

        assertThat(answer.code()).isEqualTo(301);
        assertThat(answer.getHeaders().get("Location")).isEqualTo("https://shop.example/probe/page?x=1");
        assertThat(answer.getHeaders().get("Strict-Transport-Security")).isNull();
    }

    @Test
    void aFormSentOverHttpIsRefusedAndAStrangeHostIsNeverARedirectTarget() {
        assertThat(send(HttpRequest.POST("/probe/form", Map.of("csrfToken", "x"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).code()).isEqualTo(403);
        assertThat(send(HttpRequest.GET("/probe/page").header("Host", "evil.example/@x")).code()).isEqualTo(403);
    }

    @Test
    void httpsAnswersCarryHstsForAYear() {
        HttpResponse<String> answer = send(HttpRequest.GET("/probe/page").header("X-Forwarded-Proto", "https"));

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.getHeaders().get("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void healthStaysReachableOverHttpForProbes() {
        assertThat(send(HttpRequest.GET("/health")).code()).isNotEqualTo(301);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse) e.getResponse();
        }
    }
}
