package com.yumroad.storefront;

import com.yumroad.kernel.module.ApplicationModule;
import jakarta.inject.Singleton;

import java.util.Set;

/** Stores: each user owns at most one. Depends on accounts. */
@Singleton
public final class StorefrontModule implements ApplicationModule {

    @Override
    public String name() {
        return "storefront";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("accounts");
    }
}
