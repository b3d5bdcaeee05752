package com.yumroad.webhooks;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Webhooks: owners subscribe https URLs to their store's events (products, sales). Listens to catalog's and sales'
 * public events (delivery.WebhookFanOut), announces {@link WebhookDisabled}.
 */
@Singleton
public final class WebhooksModule implements ApplicationModule {

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("accounts", "storefront", "catalog", "sales");
    }
}
