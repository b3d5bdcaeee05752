package com.yumroad.kernel.security;

import com.yumroad.testing.FreshDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** With no trusted proxy (the default), what a client writes in forwarding headers changes nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "transport-probe", value = "on")
class ClientAddressesTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theClientIsTheSocketPeerWhateverTheHeadersSay() {
        HttpResponse<String> answer = client.toBlocking().exchange(HttpRequest.GET("/probe/whoami")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("Forwarded", "for=203.0.113.8;proto=https")
                .header("X-Forwarded-Proto", "https"), String.class);

        assertThat(answer.body()).isEqualTo("127.0.0.1 http");
    }

    @Test
    void overPlainHttpNoCookieIsSecureEvenOneTheCodeMarkedSecure() {
        HttpResponse<String> answer = client.toBlocking().exchange(HttpRequest.GET("/probe/whoami")
                .header("X-Forwarded-Proto", "https"), String.class);

        assertThat(answer.getHeaders().getAll("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }
}
