package com.yumroad.kernel.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Who is calling, and over which scheme. The client is the socket's peer, unless the peer is a trusted proxy
 * ({@link TrustedProxies}): then the right-most address in the proxy's {@code X-Forwarded-For} that is not a trusted
 * proxy itself (the left part of that header is whatever the client wrote). The scheme is https when the connection
 * is TLS, or when a trusted proxy says so in {@code X-Forwarded-Proto}. Micronaut's own resolver believes any
 * client's {@code X-Forwarded-For}, which let log-in guesses pass the per-client limit under made-up addresses.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddresses implements HttpClientAddressResolver {

    private final TrustedProxies proxies;

    ClientAddresses(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public String resolve(HttpRequest request) {
        String peer = peer(request);
        if (!proxies.trusts(peer)) {
            return peer;
        }
        List<String> hops = hops(request, proxies.getClientHeader());
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!proxies.trusts(client)) {
                break;
            }
        }
        return client;
    }

    /** Whether the browser reached us over https, directly or through a trusted proxy. */
    public boolean isHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        if (!proxies.trusts(peer(request))) {
            return false;
        }
        List<String> protos = hops(request, proxies.getProtoHeader());
        return !protos.isEmpty() && protos.get(protos.size() - 1).equalsIgnoreCase("https");
    }

    private static String peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static List<String> hops(HttpRequest<?> request, String header) {
        return request.getHeaders().getAll(header).stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::trim).filter(hop -> !hop.isEmpty()).toList();
    }
}
