package com.yumroad.accounts.web;

import com.yumroad.accounts.Accounts;
import com.yumroad.accounts.Registration;
import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static com.yumroad.accounts.web.ApiCalls.body;
import static com.yumroad.accounts.web.ApiCalls.call;
import static com.yumroad.accounts.web.ApiCalls.contentType;
import static com.yumroad.accounts.web.ApiCalls.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Each test is one client, named by the X-Forwarded-For of a trusted proxy (this machine, trusted here only). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.login-throttle.per-account", value = "3")
@Property(name = "yumroad.login-throttle.per-client", value = "5")
@Property(name = "yumroad.proxies.trusted", value = "127.0.0.1")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class LoginThrottleTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Accounts accounts;
    BlockingHttpClient http;

    @BeforeAll
    void users() {
        http = client.toBlocking();
        for (String who : new String[]{"api", "client", "web", "happy"}) {
            accounts.register(new Registration(who + "@example.com", who, "correct horse"));
        }
    }

    @Test
    void repeatedFailuresForOneAccountAnswer429WithRetryAfterEvenForTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertThat(token("one", "api@example.com", "wrong horse").code()).isEqualTo(401);
        }

        HttpResponse<Map<String, Object>> refused = token("one", "API@example.com ", "correct horse");

        assertThat(refused.code()).isEqualTo(429);
        assertThat(contentType(refused)).isEqualTo("application/problem+json");
        assertThat(body(refused)).containsEntry("status", 429);
        assertThat(Long.parseLong(refused.getHeaders().get("Retry-After"))).isBetween(1L, 60L);
        assertThat(token("another", "api@example.com", "correct horse").code())
                .as("the account is throttled from any client").isEqualTo(429);
    }

    @Test
    void repeatedFailuresFromOneClientAnswer429WhateverTheEmail() {
        for (int i = 0; i < 5; i++) {
            assertThat(token("guesser", "guess" + i + "@example.com", "wrong horse").code()).isEqualTo(401);
        }

        assertThat(token("guesser", "client@example.com", "correct horse").code()).isEqualTo(429);
        assertThat(token("someone-else", "client@example.com", "correct horse").code()).isEqualTo(200);
    }

    @Test
    void successfulLogInsAreNotCounted() {
        for (int i = 0; i < 8; i++) {
            assertThat(token("happy", "happy@example.com", "correct horse").code()).isEqualTo(200);
        }
    }

    @Test
    void theWebLogInIsThrottledToo() {
        for (int i = 0; i < 3; i++) {
            assertThat(webLogIn("browser", "web@example.com", "wrong horse").code()).isEqualTo(401);
        }

        HttpResponse<String> refused = webLogIn("browser", "web@example.com", "correct horse");

        assertThat(refused.code()).isEqualTo(429);
        assertThat(refused.getHeaders().get("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.getBody().orElseThrow()).contains("Too many attempts");
        assertThat(refused.getCookie("JWT")).isEmpty();
    }

    private HttpResponse<Map<String, Object>> token(String clientName, String email, String password) {
        return call(http, HttpRequest.POST("/api/v1/auth/token", Map.of("email", email, "password", password))
                .header("X-Forwarded-For", address(clientName)));
    }

    private HttpResponse<String> webLogIn(String clientName, String email, String password) {
        Cookie csrf = page(http, HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE)).getCookie("csrfToken")
                .orElseThrow();
        return page(http, HttpRequest.POST("/login", Map.of("email", email, "password", password,
                        "csrfToken", csrf.getValue())).cookie(csrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE)
                .header("X-Forwarded-For", address(clientName)));
    }

    /** A stable documentation address (203.0.113.0/24) per client name. */
    private static String address(String clientName) {
        return "203.0.113." + Math.floorMod(clientName.hashCode(), 250);
    }
}
