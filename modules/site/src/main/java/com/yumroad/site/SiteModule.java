package com.yumroad.site;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * The pages and endpoints that show more than one module's data: the landing page, the dashboard, a store's and a
 * tag's public pages, seller sign-up, the caller's profile, and the sections it adds to pages of the modules below
 * (delivery's files on sales' receipt, notifications' mail settings on accounts' account page). It sits above the business modules, so none of them
 * needs to know another one's data to draw a page; nothing depends on it.
 */
@Singleton
public final class SiteModule implements ApplicationModule {

    @Override
    public String name() {
        return "site";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("accounts", "storefront", "catalog", "sales", "activity", "delivery", "notifications");
    }
}
