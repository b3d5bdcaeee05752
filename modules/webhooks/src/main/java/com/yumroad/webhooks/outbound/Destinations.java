package com.yumroad.webhooks.outbound;

import com.yumroad.webhooks.subscriptions.WebhookSettings;
import jakarta.inject.Singleton;
import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks webhook URLs and resolves their hosts for the HTTP client. The client connects only to the addresses
 * {@link #resolve} answered, after every one of them passed {@link AddressGuard}: a DNS answer that changes between
 * the check and the connection (DNS rebinding) cannot slip an internal address in, since there is no second look-up.
 */
@Singleton
public class Destinations implements DnsResolver {

    private final WebhookSettings settings;

    Destinations(WebhookSettings settings) {
        this.settings = settings;
    }

    /** What is wrong with this URL as a webhook destination, or empty. Resolves its host. */
    public Optional<String> problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("Not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(settings.allowHttp() && scheme.equals("http"))) {
            return Optional.of("Must be an https:// URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("Must name a host, without a user or password");
        }
        try {
            resolve(uri.getHost());
            return Optional.empty();
        } catch (RefusedDestinationException e) {
            return Optional.of("Not allowed: " + e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("The host " + uri.getHost() + " is not known");
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        if (!settings.allowPrivateNetworks()) {
            for (InetAddress address : addresses) {
                Optional<String> refusal = AddressGuard.refusal(address);
                if (refusal.isPresent()) {
                    throw new RefusedDestinationException(host + " resolves to " + refusal.get());
                }
            }
        }
        return Arrays.copyOf(addresses, addresses.length);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
