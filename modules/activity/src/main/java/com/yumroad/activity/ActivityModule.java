package com.yumroad.activity;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Each store's activity feed, for its owner: written from storefront's, catalog's and sales' events after they
 * commit (see {@link Listens}), in its own schema with no foreign key into theirs.
 */
@Singleton
public final class ActivityModule implements ApplicationModule {

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("storefront", "catalog", "sales");
    }
}
