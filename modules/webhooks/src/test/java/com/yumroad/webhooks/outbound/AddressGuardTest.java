package com.yumroad.webhooks.outbound;

import com.yumroad.webhooks.subscriptions.WebhookSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AddressGuardTest {

    static WebhookSettings strict() {
        return new WebhookSettings(false, false, Duration.ofSeconds(2), Duration.ofSeconds(2), 65536,
                Duration.ofDays(1), 30, 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "127.0.0.1", "127.5.6.7", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "169.254.1.1", "100.64.0.1", "100.127.255.254", "224.0.0.1",
            "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.2.1", "198.18.0.1", "::", "::1",
            "fe80::1", "fd00:ec2::254", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2001:db8::1"})
    void internalAddressesAreRefused(String address) throws Exception {
        assertThat(AddressGuard.refusal(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "::ffff:8.8.8.8"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertThat(AddressGuard.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedAndSoIsPlainHttp() {
        Destinations destinations = new Destinations(strict());

        assertThat(destinations.problemWith("https://localhost/hook")).get().asString()
                .contains("localhost resolves to 127.0.0.1 is loopback");
        assertThat(destinations.problemWith("https://169.254.169.254/latest/meta-data")).get().asString()
                .contains("link-local");
        assertThat(destinations.problemWith("https://[::1]:8443/x")).get().asString().contains("loopback");
        assertThat(destinations.problemWith("http://93.184.215.14/")).contains("Must be an https:// URL");
        assertThat(destinations.problemWith("https://user:pw@93.184.215.14/")).isPresent();
        assertThat(destinations.problemWith("https://93.184.215.14/hook")).isEmpty();
    }
}
