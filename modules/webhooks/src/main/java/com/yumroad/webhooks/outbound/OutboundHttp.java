package com.yumroad.webhooks.outbound;

import com.yumroad.webhooks.subscriptions.WebhookSettings;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Posts webhooks, and nothing else: connections only to addresses {@link Destinations} allowed, no redirects
 * followed (a 3xx is a failed delivery), connect and read timeouts in seconds, at most
 * {@code max-response-bytes} of an answer read, no cookies, no automatic retries (the publication log retries).
 */
@Singleton
public class OutboundHttp {

    static final int EXCERPT = 500;

    private final CloseableHttpClient client;
    private final int maxResponseBytes;

    OutboundHttp(Destinations destinations, WebhookSettings settings) {
        this.maxResponseBytes = settings.maxResponseBytes();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(destinations)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.readTimeout())).build())
                        .setMaxConnTotal(20).setMaxConnPerRoute(2).build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("Yumroad-Webhooks/1").build();
    }

    public WebhookAnswer post(WebhookRequest request) {
        HttpPost post = new HttpPost(request.url());
        request.headers().forEach(post::setHeader);
        post.setEntity(new StringEntity(request.body(), ContentType.APPLICATION_JSON));
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, post, null);
            return new WebhookAnswer(response.getCode(), read(response.getEntity()), null);
        } catch (RefusedDestinationException e) {
            return new WebhookAnswer(null, "", "Refused: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new WebhookAnswer(null, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            // Drop the connection first: closing the response would otherwise read the rest of an answer we capped.
            post.cancel();
            closeQuietly(response);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection is gone already
            }
        }
    }

    private String read(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        InputStream in = entity.getContent();
        byte[] buffer = in.readNBytes(maxResponseBytes);
        String text = new String(buffer, StandardCharsets.UTF_8);
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT);
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}
