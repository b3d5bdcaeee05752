package com.yumroad.notifications.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * Absolute links for mail: {@code PUBLIC_URL} ({@code yumroad.public-url}), required in prod (MailCheck). Elsewhere
 * this server's own address, so a development run's mail links back to it.
 */
@Singleton
public class Links {

    private final String publicUrl;
    private final BeanProvider<EmbeddedServer> server;

    Links(@Value("${yumroad.public-url:}") @Nullable String publicUrl, BeanProvider<EmbeddedServer> server) {
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
        this.server = server;
    }

    /** The absolute address of a path on this site ("/login" to "https://shop.example.com/login"). */
    public String to(String path) {
        return base() + path;
    }

    private String base() {
        if (publicUrl != null) {
            return publicUrl;
        }
        return server.find(null).map(s -> s.getURL().toString().replaceAll("/+$", "")).orElse("http://localhost:8080");
    }
}
