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

/** Behind trusted proxies (here: this machine, and a 10.0.0.0/8 tier in front of it). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "transport-probe", value = "on")
@Property(name = "yumroad.proxies.trusted", value = "127.0.0.1,10.0.0.0/8")
class TrustedProxyTest implements FreshDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theClientIsTheRightMostAddressThatIsNotATrustedProxy() {
        assertThat(whoami("203.0.113.7", "https")).isEqualTo("203.0.113.7 https");
        assertThat(whoami("198.51.100.1, 203.0.113.7, 10.1.2.3", "https"))
                .as("what the client wrote on the left is not believed").isEqualTo("203.0.113.7 https");
        assertThat(whoami("10.9.9.9, 10.1.2.3", "http")).as("all hops trusted: the left-most")
                .isEqualTo("10.9.9.9 http");
        assertThat(whoami(null, null)).as("no header: the proxy itself").isEqualTo("127.0.0.1 http");
    }

    @Test
    void cookiesAreSecureExactlyWhenTheProxySaysHttps() {
        assertThat(cookies("https")).allSatisfy(cookie -> assertThat(cookie).endsWith("; Secure"));
        assertThat(cookies("http")).allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }

    @Test
    void aBadlyConfiguredBlockIsRefusedAtStartUp() {
        TrustedProxies proxies = new TrustedProxies();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> proxies.setTrusted(java.util.List.of("proxy.internal")))
                .hasMessageContaining("proxy.internal");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> proxies.setTrusted(java.util.List.of("10.0.0.0/33")))
                .hasMessageContaining("10.0.0.0/33");
        proxies.setTrusted(java.util.List.of("fd00::/8", "192.168.1.0/24"));
        assertThat(proxies.trusts("fd12::1")).isTrue();
        assertThat(proxies.trusts("192.168.1.200")).isTrue();
        assertThat(proxies.trusts("192.168.2.1")).isFalse();
        assertThat(proxies.trusts("localhost")).as("names are never looked up").isFalse();
    }

    private String whoami(String forwardedFor, String proto) {
        var request = HttpRequest.GET("/probe/whoami");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        return client.toBlocking().exchange(request, String.class).body();
    }

    private java.util.List<String> cookies(String proto) {
        HttpResponse<String> answer = client.toBlocking().exchange(HttpRequest.GET("/probe/whoami")
                .header("X-Forwarded-Proto", proto), String.class);
        return answer.getHeaders().getAll("Set-Cookie");
    }
}
